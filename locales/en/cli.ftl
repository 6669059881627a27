# Variables:
#   $file (String) - path of the new file
cli-created = Created { $file }
# Variables:
#   $file (String) - path of the file
#   $version (Number) - schema version
#   $guests (Number) - number of guests
cli-check-ok = { $file }: intact, file format { $version }, { $guests ->
        [one] { $guests } guest
       *[other] { $guests } guests
    }.

# Variables:
#   $file (String) - the imported file
#   $count (Number) - new guests
#   $updated (Number) - guests already in the forum that took details from the file
#   $skipped (Number) - rows left out (already in the forum, or repeated)
#   $organizations (Number) - organizations created
#   $delegations (Number) - delegations created
cli-import-done = From { $file }: { $count ->
        [one] { $count } new guest
       *[other] { $count } new guests
    }, { $updated } updated, { $skipped } skipped as already in the forum; { $organizations ->
        [one] { $organizations } new organization
       *[other] { $organizations } new organizations
    }, { $delegations ->
        [one] { $delegations } new delegation
       *[other] { $delegations } new delegations
    }.
# Variables:
#   $file (String) - the checked file
#   $count (Number) - new guests
#   $updated (Number) - guests already in the forum that took details from the file
#   $skipped (Number) - rows left out (already in the forum, or repeated)
#   $organizations (Number) - organizations created
#   $delegations (Number) - delegations created
cli-import-dry-run = Checked { $file }: { $count ->
        [one] { $count } new guest
       *[other] { $count } new guests
    }, { $updated } to update, { $skipped } to skip as already in the forum; { $organizations ->
        [one] { $organizations } new organization
       *[other] { $organizations } new organizations
    }, { $delegations ->
        [one] { $delegations } new delegation
       *[other] { $delegations } new delegations
    }. Nothing was written.
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the guest's name
#   $other (String) - the guest already in the forum
cli-import-issue-duplicate = Row { $row }: { $name } is likely { $other }, already in the forum.
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the guest's name
#   $other (String) - the earlier row
cli-import-issue-duplicate-in-file = Row { $row }: { $name } likely repeats row { $other }.
# Variables:
#   $file (String) - the written file
#   $count (Number) - guests written
cli-exported = Wrote { $count ->
        [one] { $count } guest
       *[other] { $count } guests
    } to { $file }.

# Variables:
#   $table (String) - table label
#   $seat (Number) - seat number
#   $honour (Number) - honour rank at the table
#   $guest (String) - who sits there
cli-seat-line = Table { $table }, seat { $seat } (honour { $honour }): { $guest }
# Variables:
#   $seated (Number) - seats taken
#   $seats (Number) - all seats
#   $conflicts (Number) - conflicts to check
cli-seat-summary = { $seated } of { $seats } seats taken; { $conflicts ->
        [0] no conflicts.
        [one] { $conflicts } conflict to check.
       *[other] { $conflicts } conflicts to check.
    }
# Variables:
#   $file (String) - the written file
#   $count (Number) - how many
cli-exported-events =
    Wrote { $count ->
        [one] { $count } event
       *[other] { $count } events
    } to { $file }.
# Variables:
#   $file (String) - the written file
#   $count (Number) - how many
cli-exported-items =
    Wrote { $count ->
        [one] { $count } item
       *[other] { $count } items
    } to { $file }.
# Variables:
#   $count (Number) - pages written
#   $file (String) - the PDF
cli-exported-pages =
    Wrote { $count ->
        [one] { $count } page
       *[other] { $count } pages
    } to { $file }.
