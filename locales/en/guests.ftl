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

guests-new = New guest

guests-import = Import…

guests-export = Export…

guests-duplicates = Duplicates…

guests-filter-status = Status

guests-filter-delegation = Delegation

guests-filter-organization = Organization

guests-filter-language = Language

guests-filter-all-statuses = All statuses

guests-filter-all-delegations = All delegations

guests-filter-all-organizations = All organizations

guests-filter-all-languages = All languages

guests-sort-label = Order

guests-sort-name = By name

guests-sort-rank = By rank

guests-sort-status = By status

guests-sort-delegation = By delegation

# Variables:
#   $count (Number) - guests shown
guests-shown =
    { $count ->
        [one] { $count } shown
       *[other] { $count } shown
    }

# Variables:
#   $count (Number) - guests selected
guests-selected =
    { $count ->
        [one] { $count } guest selected
       *[other] { $count } guests selected
    }

guests-bulk-label = Change the selected guests

guests-bulk-choose-status = Set status…

guests-bulk-apply = Apply

# Variables:
#   $count (Number) - guests changed
#   $status (String) - the new status
guests-bulk-done =
    { $count ->
        [one] { $count } guest is
       *[other] { $count } guests are
    } now “{ $status }”.

guests-delete = Delete

# Variables:
#   $count (Number) - guests to delete
guests-delete-confirm =
    Delete { $count ->
        [one] { $count } guest
       *[other] { $count } guests
    }? You can undo it with Ctrl+Z.

# Variables:
#   $count (Number) - guests deleted
guests-deleted =
    { $count ->
        [one] { $count } guest deleted.
       *[other] { $count } guests deleted.
    } Ctrl+Z brings them back.

guests-clear-selection = Clear selection

guests-select-all = Select all shown guests

# Variables:
#   $name (String) - the guest's name
guests-saved = { $name } saved.

# Variables:
#   $name (String) - the guest's name
guests-added = { $name } added.

# Variables:
#   $name (String) - the kept guest's name
guests-merged = Merged into { $name }.

# Variables:
#   $other (String) - the other guest's name
#   $reason (String) - why
guests-duplicate-found = This guest looks like { $other }, already in the list ({ $reason }).

guests-duplicate-reason-email = same e-mail

guests-duplicate-reason-name = same name in the same organization

guests-merge = Merge

guests-keep-both = Keep both


guests-duplicates-title = Likely duplicates

guests-duplicates-intro = Lists merged from several partners often name the same person twice. Compare the two records side by side and merge them field by field.

guests-duplicates-none = No likely duplicates.

guests-edit-title = Edit guest

guests-new-title = New guest

guests-section-name = Name

guests-section-position = Position

guests-section-contact = Contact

guests-section-needs = Needs and notes

guests-name-hint = Fill in the name in any script; the empty ones are filled by transliteration and stay editable.

guests-prefilled-hint = Highlighted fields were filled by transliteration; check them.

guests-field-family-han = Family name (Chinese)

guests-field-given-han = Given name (Chinese)

guests-field-family-cyr = Family name (Cyrillic)

guests-field-given-cyr = Given name (Cyrillic)

guests-field-patronymic = Patronymic

guests-field-family-lat = Family name (Latin)

guests-field-given-lat = Given name (Latin)

guests-field-gender = Gender (for letters)

guests-field-language = Preferred language

guests-field-title-zh = Title in Chinese

guests-field-title-ru = Title in Russian

guests-field-title-en = Title in English

guests-field-honorific-zh = Honorific in Chinese

guests-field-honorific-ru = Honorific in Russian

guests-field-honorific-en = Honorific in English

guests-field-rank = Protocol rank

guests-field-host = Host of the forum

guests-field-phone = Phone

guests-field-interpreter = Needs an interpreter into

guests-field-dietary = Dietary needs

guests-field-accessibility = Accessibility

guests-field-notes = Notes

guests-none = — none —

guests-new-organization = New organization…

guests-new-delegation = New delegation…

guests-name-in-zh = Name in Chinese

guests-name-in-ru = Name in Russian

guests-name-in-en = Name in English

guests-status-note = Note to the status change

guests-history = Invitation history
guests-field-role = Role
guests-role-delegate = Delegate
guests-role-interpreter = Interpreter
guests-role-staff = Staff (not seated)

guests-discard-confirm = Close without saving? What you typed will be lost.
guests-discard = Discard

guests-compare = Compare…
guests-merge-title = One person, two records?
guests-merge-hint = Where the records differ, pick the value to keep; what only one of them has is kept anyway. Seats, speaking slots and the invitation history go to the merged guest. One Ctrl+Z undoes the merge.
guests-merge-field = Field
# Variables:
#   $date (String) - when the record was added
guests-merge-added-by-hand = Entered by hand, { $date }
# Variables:
#   $file (String) - the imported file
#   $date (String) - when it was imported
guests-merge-added-from = Imported from { $file }, { $date }
guests-merge-empty = none
guests-merge-only-first = only in the first record
guests-merge-only-second = only in the second record
guests-merge-do = Merge into one guest
guests-merge-back = Back to the list
# Variables:
#   $count (Number) - fields in which the two records differ
guests-merge-differences =
    { $count ->
        [0] No differences
        [one] { $count } difference
       *[other] { $count } differences
    }
