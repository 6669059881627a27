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
