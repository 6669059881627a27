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
# Variables:
#   $date (String) - the reply-by date, as letters write it
doc-letter-reply-by = Please let us know by { $date } whether you will attend.
doc-letter-closing = Yours sincerely,
# Variables:
#   $forum (String) - the forum's name
doc-letter-signature = Organizing Committee of the { $forum }
doc-save-title = Save the document as PDF
doc-print = Print…
doc-dialog-title = Documents to print
doc-which = Document
doc-letters-language-hint = Each letter is written in its guest's own language.
doc-paper = Paper
doc-paper-letter = US Letter
doc-plan = Seating plan
doc-session = Session
doc-all-sessions = Every session
doc-letter-texts = Letter text in each language
doc-letter-placeholders = [forum], [dates], [city], [venue], [name], [title] and [organization] are filled in for each guest; each line is a paragraph. The salutation comes first by itself.
doc-letter-texts-save = Save the letter text
# Variables:
#   $count (Number) - pages in the document
#   $shown (Number) - pages shown here
doc-page-count =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }{ $shown ->
        [0] {""}
       *[other] {""} (the first { $shown } shown)
    }
# Variables:
#   $page (String) - the page number
doc-page-alt = Page { $page }
doc-save = Save PDF…
# Variables:
#   $pages (Number) - pages written
#   $file (String) - the file
doc-saved =
    Saved { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } to { $file }.

doc-scope-confirmed = Confirmed guests
doc-scope-all = Everyone who has not declined
