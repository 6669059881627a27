export-column-name = ФИО
export-column-family-han = Фамилия (китайская)
export-column-given-han = Имя (китайское)
export-column-family-cyr = Фамилия (русская)
export-column-given-cyr = Имя (русское)
export-column-patronymic = Отчество
export-column-family-lat = Фамилия (латиница)
export-column-given-lat = Имя (латиница)
export-column-gender = Пол
export-column-title-zh = Должность (китайский)
export-column-title-ru = Должность (русский)
export-column-title-en = Должность (английский)
export-column-organization = Организация
export-column-delegation = Делегация
export-column-rank = Ранг
export-column-email = Эл. почта
export-column-phone = Телефон
export-column-language = Язык
export-column-status = Статус
export-column-interpreter = Переводчик
export-column-dietary = Питание
export-column-accessibility = Доступность
export-column-notes = Примечания
field-name = Имя
field-email = Эл. почта
field-columns = Столбцы
field-merge = Объединение
field-path = Путь к файлу

import-title = Импорт гостей

import-intro = Список партнёра в CSV или Excel на китайском, русском или английском: кодировка, разделитель и столбцы распознаются автоматически — проверьте их ниже. Ничего не записывается до нажатия «Импортировать», и тогда записываются все строки или ни одной.

import-path-label = Файл для импорта

import-path-placeholder = Путь к файлу .csv или .xlsx

import-choose = Выбрать файл…

import-preview = Предпросмотр

import-dialog-title = Выберите список гостей для импорта

import-file-filter = Таблицы (CSV, Excel)

# Variables:
#   $rows (Number) - data rows
#   $format (String) - CSV or XLSX
#   $encoding (String) - text encoding
#   $delimiter (String) - separator
import-facts =
    { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
        [many] { $rows } строк
       *[other] { $rows } строки
    } · { $format } · кодировка { $encoding } · разделитель { $delimiter }

import-delimiter-tab = табуляция

# Variables:
#   $organizations (Number) - organizations to create
#   $delegations (Number) - delegations to create
import-new-records = новых организаций: { $organizations }, делегаций: { $delegations }

import-mapping = Столбцы

# Variables:
#   $n (Number) - column number
import-column-n = Столбец { $n }

import-skip = — не импортировать —

import-need-name = Укажите хотя бы один столбец с именем.

# Variables:
#   $errors (Number) - rows that block the import
#   $warnings (Number) - rows to check
import-issues = Замечания: исправить — { $errors }, проверить — { $warnings }

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-missing-name = Строка { $row }: нет имени ни в одном столбце имени.

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-bad-email = Строка { $row }, столбец «{ $column }»: «{ $value }» — не адрес эл. почты.

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-duplicate = Строка { $row }: { $value } — вероятно, { $other }, уже есть в списке.

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-duplicate-in-file = Строка { $row }: { $value }, вероятно, повторяет строку { $other }.

# Variables:
#   $shown (Number) - rows shown
#   $total (Number) - all rows
import-first-rows = Как будет записано: { $shown } из { $total }

import-row = Строка

# Variables:
#   $count (Number) - rows to import
import-commit =
    Импортировать { $count ->
        [one] { $count } гостя
       *[other] { $count } гостей
    }

# Variables:
#   $count (Number) - guests imported
#   $duplicates (Number) - likely duplicates
#   $file (String) - the file
import-done =
    Из { $file } импортировано: { $count ->
        [one] { $count } гость
        [few] { $count } гостя
        [many] { $count } гостей
       *[other] { $count } гостя
    } (возможных дублей: { $duplicates }). Ctrl+Z отменит весь импорт.

import-field-full-name = ФИО целиком

import-field-family = Фамилия

import-field-given = Имя

import-field-patronymic = Отчество

import-field-gender = Пол

import-field-honorific = Обращение

import-field-title = Должность

import-field-organization = Организация

import-field-delegation = Делегация

import-field-rank = Ранг

import-field-email = Эл. почта

import-field-phone = Телефон

import-field-language = Язык

import-field-status = Статус

import-field-interpreter = Переводчик

import-field-dietary = Питание

import-field-accessibility = Доступность

import-field-notes = Примечания

export-title = Экспорт гостей

export-format = Формат

export-format-xlsx = Excel (XLSX)

export-format-csv = CSV (UTF-8, открывается в Excel)

export-language = Язык заголовков и имён

export-semicolon = Разделитель «;» (русский Excel)

export-sheet-per-delegation = Отдельный лист для каждой делегации

export-columns = Столбцы

export-save = Сохранить как…

export-dialog-title = Сохранить список гостей

export-file-name = гости

# Variables:
#   $count (Number) - guests written
#   $file (String) - the file
export-done =
    В { $file } сохранено: { $count ->
        [one] { $count } гость
        [few] { $count } гостя
        [many] { $count } гостей
       *[other] { $count } гостя
    }.
export-seating-sheet-tables = По столам
export-seating-sheet-index = Указатель у входа
export-seating-table = Стол
export-seating-seat = Место
export-seating-honour = Почётность
export-agenda-session = Сессия
export-agenda-start = Начало
export-agenda-end = Окончание
export-agenda-minutes = Минут
export-agenda-item = Пункт
export-agenda-speakers = Выступающие
export-agenda-interpretation = Перевод
export-agenda-sheet = Сценарий
export-interpretation-none = без перевода
export-interpretation-simultaneous = синхронный
export-interpretation-consecutive = последовательный
