## Printed documents (PDF)

doc-table = Table
doc-seat = Seat
doc-guest = Guest
doc-by-table = Guests by table
doc-index = Index of guests
doc-stage = Stage
doc-entrance = Entrance
# Variables:
#   $page (Number) - this page
#   $total (Number) - pages in all
doc-page-of = Page { $page } of { $total }
doc-column-cues = Cues and notes
doc-category-host = Host
doc-category-vip = VIP
doc-category-delegate = Delegate
doc-category-interpreter = Interpreter
doc-category-staff = Staff
doc-kind-place-cards = Place cards
doc-kind-badges = Badges
doc-kind-seating = Seating chart
doc-kind-agenda = Run sheet
doc-kind-letters = Invitation letters
doc-letter-body =
    On behalf of the organizing committee, we have the honour to invite you to the [forum], to be held in [city] on [dates] at the [venue].
    The forum brings together leaders of government, universities and companies to strengthen scientific and technological cooperation. Your participation would be a great contribution to its success.
    We would be grateful if you could confirm your participation at your earliest convenience.
# Variables:
#   $gender (String) - male, female or other
#   $name (String) - the guest's full name
#   $family (String) - the family name
#   $honorific (String) - e.g. Academician, or “none”
doc-letter-salutation =
    { $honorific ->
        [none]
            { $gender ->
                [male] Dear Mr { $family },
                [female] Dear Ms { $family },
               *[other] Dear { $name },
            }
       *[other] Dear { $honorific } { $family },
    }
doc-letter-closing = Yours sincerely,
# Variables:
#   $forum (String) - the forum's name
doc-letter-signature = Organizing Committee of the { $forum }
