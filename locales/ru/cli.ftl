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
#   $count (Number) - guests imported
#   $duplicates (Number) - likely duplicates flagged
#   $organizations (Number) - organizations created
#   $delegations (Number) - delegations created
cli-import-done = Из { $file } импортировано: { $count ->
        [one] { $count } гость
        [few] { $count } гостя
        [many] { $count } гостей
       *[other] { $count } гостя
    }; возможных дублей: { $duplicates }, новых организаций: { $organizations }, новых делегаций: { $delegations }.
# Variables:
#   $file (String) - the checked file
#   $count (Number) - guests that would be imported
#   $duplicates (Number) - likely duplicates
#   $organizations (Number) - organizations that would be created
#   $delegations (Number) - delegations that would be created
cli-import-dry-run = Файл { $file } проверен: можно импортировать { $count ->
        [one] { $count } гостя
       *[other] { $count } гостей
    }; возможных дублей: { $duplicates }, новых организаций: { $organizations }, новых делегаций: { $delegations }. Ничего не записано.
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
