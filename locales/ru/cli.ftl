# Variables:
#   $file (String) - path of the new file
cli-created = Создан файл { $file }
# Variables:
#   $file (String) - path of the file
#   $version (Number) - schema version
#   $guests (Number) - number of guests
cli-check-ok = { $file }: файл цел, формат { $version }, { $guests ->
        [one] { $guests } гость
        [few] { $guests } гостя
        [many] { $guests } гостей
       *[other] { $guests } гостя
    }.

# Variables:
#   $file (String) - the imported file
#   $count (Number) - new guests
#   $updated (Number) - guests already in the forum that took details from the file
#   $skipped (Number) - rows left out (already in the forum, or repeated)
#   $organizations (Number) - organizations created
#   $delegations (Number) - delegations created
cli-import-done = Из { $file }: новых гостей — { $count }, обновлено — { $updated }, пропущено (уже в списке) — { $skipped }; новых организаций: { $organizations }, новых делегаций: { $delegations }.
# Variables:
#   $file (String) - the checked file
#   $count (Number) - new guests
#   $updated (Number) - guests already in the forum that took details from the file
#   $skipped (Number) - rows left out (already in the forum, or repeated)
#   $organizations (Number) - organizations created
#   $delegations (Number) - delegations created
cli-import-dry-run = Файл { $file } проверен: новых гостей — { $count }, к обновлению — { $updated }, будет пропущено (уже в списке) — { $skipped }; новых организаций: { $organizations }, новых делегаций: { $delegations }. Ничего не записано.
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the guest's name
#   $other (String) - the guest already in the forum
cli-import-issue-duplicate = Строка { $row }: { $name } — вероятно, { $other }, уже есть в форуме.
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the guest's name
#   $other (String) - the earlier row
cli-import-issue-duplicate-in-file = Строка { $row }: { $name }, вероятно, повторяет строку { $other }.
# Variables:
#   $file (String) - the written file
#   $count (Number) - guests written
cli-exported = В { $file } записано: { $count ->
        [one] { $count } гость
        [few] { $count } гостя
        [many] { $count } гостей
       *[other] { $count } гостя
    }.

# Variables:
#   $table (String) - table label
#   $seat (Number) - seat number
#   $honour (Number) - honour rank at the table
#   $guest (String) - who sits there
cli-seat-line = Стол { $table }, место { $seat } (почётность { $honour }): { $guest }
# Variables:
#   $seated (Number) - seats taken
#   $seats (Number) - all seats
#   $conflicts (Number) - conflicts to check
cli-seat-summary = Занято мест: { $seated } из { $seats }; { $conflicts ->
        [0] конфликтов нет.
       *[other] конфликтов для проверки: { $conflicts }.
    }
# Variables:
#   $file (String) - the written file
#   $count (Number) - how many
cli-exported-events = В { $file } записано событий: { $count }.
# Variables:
#   $file (String) - the written file
#   $count (Number) - how many
cli-exported-items = В { $file } записано пунктов: { $count }.
# Variables:
#   $count (Number) - pages written
#   $file (String) - the PDF
cli-exported-pages = В { $file } записано страниц: { $count }.
