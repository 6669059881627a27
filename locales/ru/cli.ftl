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
