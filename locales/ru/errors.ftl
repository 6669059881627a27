# Variables:
#   $file (String) - path of the file
error-not-a-forum = { $file } — не файл форума { -brand-name }. Файл не изменён.
# Variables:
#   $file (String) - path of the file
#   $found (Number) - schema version of the file
#   $supported (Number) - newest schema version this app reads
error-newer-version = Файл { $file } сохранён более новой версией { -brand-name } (формат { $found }; эта версия читает до { $supported }). Обновите { -brand-name }, чтобы открыть его. Файл не изменён.
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what SQLite reported
error-corrupt = Файл { $file } повреждён и не может быть открыт ({ $reason }). Файл не изменён; откройте одну из его резервных копий.
# Variables:
#   $file (String) - path of the file
error-file-not-found = Файл не найден: { $file }
# Variables:
#   $file (String) - path of the file
error-already-exists = Файл { $file } уже существует. Выберите другое имя.
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what the system reported
error-io = Не удаётся прочитать или записать { $file }: { $reason }
# Variables:
#   $field (String) - name of the field
#   $value (String) - the value given
error-invalid-value = Недопустимое значение в поле «{ $field }»: «{ $value }».
# Variables:
#   $value (String) - the language given
error-unknown-language = Неизвестный язык «{ $value }». Укажите zh-CN, ru или en.
# Variables:
#   $value (String) - the time zone given
error-unknown-time-zone = Неизвестный часовой пояс «{ $value }». Укажите, например, Asia/Shanghai или Europe/Moscow.
error-no-forum-open = Форум не открыт. Сначала создайте или откройте форум.
# Variables:
#   $what (String) - kind of record
#   $id (String) - its id
error-not-found = Эта запись больше не существует ({ $what } { $id }).
# Variables:
#   $reason (String) - what SQLite reported
error-database = Не удалось прочитать или записать файл форума: { $reason }
# Variables:
#   $detail (String) - technical detail
error-unknown = Что-то пошло не так: { $detail }
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what went wrong
error-unreadable-table = { $file } не читается как таблица (CSV или Excel): { $reason }. Ничего не импортировано.
# Variables:
#   $file (String) - path of the file
error-empty-table = В файле { $file } нет строк для импорта.
# Variables:
#   $file (String) - path of the file
error-no-name-column = Ни один столбец файла { $file } не содержит имени. Укажите столбцы с именем в предпросмотре. Ничего не импортировано.
# Variables:
#   $file (String) - path of the file
#   $row (Number) - row number in the file
#   $column (String) - column header
#   $value (String) - the cell
error-row-missing-name = { $file }, строка { $row }: нет имени ни в одном столбце имени. Ничего не импортировано.
# Variables:
#   $file (String) - path of the file
#   $row (Number) - row number in the file
#   $column (String) - column header
#   $value (String) - the cell
error-row-bad-email = { $file }, строка { $row }, столбец «{ $column }»: «{ $value }» — не адрес эл. почты. Ничего не импортировано.
error-missing-title = Укажите название хотя бы на одном языке. Ничего не сохранено.
error-missing-name = Укажите имя гостя хотя бы в одном написании: иероглифами, кириллицей или латиницей. Ничего не сохранено.
error-missing-forum-name = Укажите название форума хотя бы на одном языке. Ничего не сохранено.
error-missing-delegation-name = Укажите название делегации хотя бы на одном языке. Ничего не сохранено.
error-dates-out-of-order = Последний день форума раньше первого. Ничего не сохранено.
error-reply-after-start = Срок ответа позже начала форума: гости должны ответить до его открытия. Ничего не сохранено.
# Variables:
#   $value (String) - the local time given
#   $zone (String) - the forum's time zone
error-nonexistent-time = Времени { $value } в поясе { $zone } не существует: в этот час переводят часы. Выберите другое время. Ничего не сохранено.
error-live-not-running = Сейчас ни одна сессия не ведётся.
error-live-empty-session = В этой сессии нет пунктов программы. Сначала добавьте их.
# Variables:
#   $files (String) - the font files
#   $dirs (String) - where they were looked for
error-fonts-missing = Шрифты для документов ({ $files }) не найдены в { $dirs }. Снова выполните «make run» или переустановите { -brand-name }. Ничего не записано.
# Variables:
#   $reason (String) - what the layout engine reported
error-document = Не удалось сверстать документ: { $reason }. Ничего не записано.
# Variables:
#   $chars (String) - the characters
error-missing-glyphs = Вместо символов { $chars } в документе были бы пустые квадраты: их нет ни в одном встроенном шрифте. Исправьте текст (имя, должность) и повторите. Ничего не записано.
