guests-title = Guests & invitations

# Variables:
#   $count (Number) - number of guests
guests-count =
    { $count ->
        [one] { $count } guest
       *[other] { $count } guests
    }

guests-search-placeholder = Search in any script: name, organization, e-mail
guests-search-label = Search guests
guests-no-match = No guest matches this search.
guests-empty-title = No guests yet
guests-empty-body = Guests you add or import from partners' lists will appear here.

guests-column-name = Name
guests-column-title = Title
guests-column-organization = Organization
guests-column-delegation = Delegation
guests-column-language = Language
guests-column-status = Status

guests-status-draft = Draft
guests-status-invited = Invited
guests-status-confirmed = Confirmed
guests-status-declined = Declined
guests-status-tentative = Tentative
guests-status-attended = Attended
guests-status-no-show = No-show

guests-no-delegation = No delegation

guests-gender-female = Female
guests-gender-male = Male
guests-gender-unspecified = Not specified
guests-rank-head-of-state = Head of state or government
guests-rank-minister = Minister
guests-rank-vice-minister = Deputy minister
guests-rank-governor = Governor or mayor
guests-rank-academician = Academician
guests-rank-rector = Rector or president
guests-rank-vice-rector = Vice-rector or vice-president
guests-rank-director = Director
guests-rank-other = Other
