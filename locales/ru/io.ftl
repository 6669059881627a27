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
#   $add (Number) - rows to add as new guests
#   $update (Number) - guests to update
import-commit =
    { $update ->
        [0] Импортировать { $add ->
            [one] { $add } гостя
           *[other] { $add } гостей
        }
       *[other] Импортировать: новых — { $add }, обновить — { $update }
    }

# Variables:
#   $file (String) - the file
#   $count (Number) - new guests
#   $updated (Number) - guests that took details from the file
#   $skipped (Number) - rows left out
import-done = Из { $file }: новых гостей — { $count }, обновлено — { $updated }, пропущено — { $skipped }. Ctrl+Z отменит весь импорт.

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

# Variables:
#   $file (String) - the file
#   $count (Number) - rows in it
import-nothing-new = В { $file } нет ничего нового: все строки ({ $count }) уже есть в списке.
import-all-known = Все строки уже есть в списке и ничего нового не содержат: импорт ничего не изменит.
# Variables:
#   $count (Number) - rows that match a guest or an earlier row
import-matches = Уже в списке или повторяются: { $count }
import-matches-hint = Выберите, что сделать с каждой строкой. Точный повтор пропускается; строка с новыми сведениями дополняет то, чего у гостя нет. Значения, выделенные зелёным, будут записаны; зачёркнутые ниже строки пропускаются.
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the name in the row
#   $other (String) - the guest already in the list
import-match-existing = Строка { $row }: { $name } — в списке как { $other }
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the name in the row
#   $other (Number) - the earlier row
import-match-in-file = Строка { $row }: { $name } — повторяет строку { $other }
import-match-same = Ничего нового.
import-change-field = Поле
import-change-now = Сейчас
import-change-file = В файле
import-decision-skip = Пропустить
import-decision-new = Добавить как нового гостя
import-decision-fill = Дополнить пустые поля
import-decision-replace = Взять значения из файла
import-change-family-han = Фамилия (иероглифы)
import-change-given-han = Имя (иероглифы)
import-change-family-cyr = Фамилия (кириллица)
import-change-given-cyr = Имя (кириллица)
import-change-patronymic-cyr = Отчество
import-change-family-lat = Фамилия (латиница)
import-change-given-lat = Имя (латиница)
import-change-title-zh = Должность (по-китайски)
import-change-title-ru = Должность (по-русски)
import-change-title-en = Должность (по-английски)
import-change-honorific-zh = Обращение (по-китайски)
import-change-honorific-ru = Обращение (по-русски)
import-change-honorific-en = Обращение (по-английски)
import-change-organization = Организация
import-change-delegation = Делегация
import-change-email = Эл. почта
import-change-phone = Телефон
import-change-gender = Пол
import-change-rank = Ранг
import-change-status = Статус
import-change-language = Язык
import-change-interpreter = Язык перевода
import-change-dietary = Питание
import-change-accessibility = Доступность
import-change-notes = Примечания

# A guest's language in an exported list, named in the export's language.
export-language-zh-cn = китайский
export-language-ru = русский
export-language-en = английский

export-scope = Гости
# Variables:
#   $count (Number) - guests in the forum
export-scope-all =
    Все { $count ->
        [one] { $count } гость
        [few] { $count } гостя
       *[other] { $count } гостей
    }
# Variables:
#   $count (Number) - guests the list shows now
export-scope-filtered = Как в списке с фильтрами сейчас ({ $count })
# Variables:
#   $count (Number) - selected guests
export-scope-selected = Выбранные гости ({ $count })
