# Variables:
#   $file (String) - path of the file
error-not-a-forum = { $file } is not a { -brand-name } forum file. It was left unchanged.
# Variables:
#   $file (String) - path of the file
#   $found (Number) - schema version of the file
#   $supported (Number) - newest schema version this app reads
error-newer-version = { $file } was saved by a newer version of { -brand-name } (file format { $found }; this app reads up to { $supported }). Update { -brand-name } to open it. The file was left unchanged.
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what SQLite reported
error-corrupt = { $file } is damaged and cannot be opened ({ $reason }). The file was left unchanged; open one of its backups instead.
# Variables:
#   $file (String) - path of the file
error-file-not-found = File not found: { $file }
# Variables:
#   $file (String) - path of the file
error-already-exists = { $file } already exists. Choose another name.
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what the system reported
error-io = Cannot read or write { $file }: { $reason }
# Variables:
#   $field (String) - name of the field
#   $value (String) - the value given
error-invalid-value = Field “{ $field }” has an invalid value: “{ $value }”.
# Variables:
#   $value (String) - the language given
error-unknown-language = Unknown language “{ $value }”. Use zh-CN, ru or en.
# Variables:
#   $value (String) - the time zone given
error-unknown-time-zone = Unknown time zone “{ $value }”. Use a name such as Asia/Shanghai or Europe/Moscow.
error-no-forum-open = No forum is open. Create or open a forum first.
# Variables:
#   $what (String) - kind of record
#   $id (String) - its id
error-not-found = This record no longer exists ({ $what } { $id }).
# Variables:
#   $reason (String) - what SQLite reported
error-database = The forum file could not be read or written: { $reason }
# Variables:
#   $detail (String) - technical detail
error-unknown = Something went wrong: { $detail }
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what went wrong
error-unreadable-table = { $file } cannot be read as a table (CSV or Excel): { $reason }. Nothing was imported.
# Variables:
#   $file (String) - path of the file
error-empty-table = { $file } has no rows to import.
# Variables:
#   $file (String) - path of the file
error-no-name-column = No column of { $file } holds a name. Choose the name columns in the preview. Nothing was imported.
# Variables:
#   $file (String) - path of the file
#   $row (Number) - row number in the file
#   $column (String) - column header
#   $value (String) - the cell
error-row-missing-name = { $file }, row { $row }: no name in any name column. Nothing was imported.
# Variables:
#   $file (String) - path of the file
#   $row (Number) - row number in the file
#   $column (String) - column header
#   $value (String) - the cell
error-row-bad-email = { $file }, row { $row }, column “{ $column }”: “{ $value }” is not an e-mail address. Nothing was imported.
error-missing-title = Give it a title in at least one language. Nothing was saved.
error-missing-name = Enter the guest’s name in at least one script: Han characters, Cyrillic or Latin. Nothing was saved.
error-missing-forum-name = Give the forum a name in at least one language. Nothing was saved.
error-missing-delegation-name = Give the delegation a name in at least one language. Nothing was saved.
error-dates-out-of-order = The last day of the forum is before its first day. Nothing was saved.
error-reply-after-start = The reply-by date is after the forum begins: guests must be able to answer before it starts. Nothing was saved.
# Variables:
#   $value (String) - the local time given
#   $zone (String) - the forum's time zone
error-nonexistent-time = { $value } does not exist in { $zone }: the clocks change at that hour. Choose another time. Nothing was saved.
error-live-not-running = No session is running in live mode.
error-live-empty-session = This session has no items to run. Add items to its running order first.
# Variables:
#   $files (String) - the font files
#   $dirs (String) - where they were looked for
error-fonts-missing = The document fonts ({ $files }) were not found in { $dirs }. Run “make run” again or reinstall { -brand-name }. Nothing was written.
# Variables:
#   $reason (String) - what the layout engine reported
error-document = The document could not be laid out: { $reason }. Nothing was written.
# Variables:
#   $chars (String) - the characters
error-missing-glyphs = The document would print empty boxes for { $chars }: no embedded font has these characters. Correct the text (a name, a title) and try again. Nothing was written.
