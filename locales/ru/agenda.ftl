## Agenda editor

agenda-new-session = Новая сессия
agenda-edit-session = Изменить сессию
agenda-title-zh = Название по-китайски
agenda-title-ru = Название по-русски
agenda-title-en = Название по-английски
agenda-session-kind = Вид сессии
agenda-session-kind-opening = Церемония открытия
agenda-session-kind-plenary = Пленарное заседание
agenda-session-kind-panel = Панельная дискуссия
agenda-session-kind-signing = Церемония подписания
agenda-session-kind-banquet = Банкет
agenda-session-kind-break = Перерыв
agenda-session-kind-press = Пресс-конференция
agenda-session-kind-talks = Переговоры
agenda-date = Дата
# Variables:
#   $zone (String) - the forum's time zone
agenda-start-time = Начало ({ $zone })
agenda-hall = Зал
agenda-hall-none = Без зала
agenda-hall-new = Новый зал…
agenda-planned-minutes = Длительность по плану, мин
agenda-moderator = Модератор
agenda-new-item = Новый пункт
agenda-edit-item = Изменить пункт
agenda-item-kind = Вид пункта
agenda-item-kind-speech = Выступление
agenda-item-kind-video = Видеоприветствие
agenda-item-kind-panel = Панельная дискуссия
agenda-item-kind-signing = Подписание
agenda-item-kind-qa = Вопросы и ответы
agenda-item-kind-break = Перерыв
agenda-item-kind-photo = Фотосессия
agenda-item-kind-performance = Выступление артистов
agenda-language = Язык выступления
agenda-language-none = —
agenda-interpretation = Перевод
agenda-speaking-minutes = Время выступления, мин
agenda-total-by-hand = Задать всё время вручную
agenda-total-minutes = Всё время, мин
# Variables:
#   $minutes (Number) - the slot with interpretation
agenda-slot =
    С переводом: { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
       *[many] { $minutes } минут
    }
agenda-speakers = Выступающие
agenda-moderators = Модераторы
agenda-stage-notes = Указания для сцены и модератора
agenda-tech-notes = Заметки для техников
# Variables:
#   $name (String) - the guest's name
agenda-remove-person = Убрать: { $name }
agenda-find-guest = Имя на любом языке…
agenda-export = Экспорт…
agenda-export-title = Экспорт программы
agenda-format-ics = Календарь (iCalendar .ics)
agenda-export-scope = События
agenda-export-whole-forum = Весь форум
# Variables:
#   $count (Number) - events written
#   $file (String) - the file
agenda-export-done-ics =
    { $count ->
        [one] Сохранено { $count } событие
        [few] Сохранено { $count } события
       *[many] Сохранено { $count } событий
    } в { $file }. Повторный импорт обновит те же события.
# Variables:
#   $count (Number) - items written
#   $file (String) - the file
agenda-export-done =
    { $count ->
        [one] Сохранён { $count } пункт
        [few] Сохранено { $count } пункта
       *[many] Сохранено { $count } пунктов
    } в { $file }.
agenda-keys-hint = Перетащите ⠿ или нажмите Alt+↑/↓, чтобы изменить порядок; Enter — изменить, Insert — добавить ниже, Delete — удалить. Ctrl+Z отменяет.
# Variables:
#   $name (String) - the moderator's name
agenda-moderated-by = модератор: { $name }
agenda-run-live = Вести
agenda-edit = Изменить
agenda-delete = Удалить
agenda-column-order = Порядок
agenda-column-actions = Действия
agenda-drag-hint = Перетащите, чтобы изменить порядок
agenda-actual-start = Фактическое начало
agenda-insert-below = Вставить пункт ниже
agenda-delete-item = Удалить пункт
agenda-add-item = Добавить пункт
agenda-item-deleted = Пункт удалён. Ctrl+Z вернёт его.
agenda-session-deleted = Сессия удалена. Ctrl+Z вернёт её.
export-agenda-file-name = программа
field-minutes = Минуты
field-total-minutes = Всё время, мин
field-planned-minutes = Длительность по плану, мин
field-start = Начало

## Live mode

# Variables:
#   $count (Number) - items in the session
live-item-count =
    { $count ->
        [one] { $count } пункт
        [few] { $count } пункта
       *[many] { $count } пунктов
    }
# Variables:
#   $index (Number) - the current item
#   $count (Number) - items in the session
live-position = Пункт { $index } из { $count }
live-now = Сейчас
live-paused = Пауза
# Variables:
#   $time (String) - how long over, MM:SS
live-overrun = Превышение на { $time }
live-remaining = осталось
# Variables:
#   $time (String) - MM:SS
live-elapsed = прошло { $time }
# Variables:
#   $time (String) - MM:SS
live-slot = регламент { $time }
# Variables:
#   $count (Number) - minutes
live-minutes =
    { $count ->
        [one] { $count } минута
        [few] { $count } минуты
       *[many] { $count } минут
    }
# Variables:
#   $time (String) - when the session ended
live-finished = Сессия завершилась в { $time }.
live-next = Далее
live-next-none = Ничего — это последний пункт.
# Variables:
#   $time (String) - projected end
#   $planned (String) - planned end
live-projected-end = Расчётное окончание { $time } (по плану { $planned })
live-on-time = по графику
# Variables:
#   $minutes (Number) - minutes late
live-late =
    { $minutes ->
        [one] отставание { $minutes } минута
        [few] отставание { $minutes } минуты
       *[many] отставание { $minutes } минут
    }
# Variables:
#   $minutes (Number) - minutes early
live-early =
    { $minutes ->
        [one] опережение { $minutes } минута
        [few] опережение { $minutes } минуты
       *[many] опережение { $minutes } минут
    }
live-controls = Управление ведением
live-previous = Назад
live-resume = Продолжить
live-pause = Пауза
live-key-space = Пробел
live-next-item = Далее
live-minute-short = мин
live-stage-window = Окно для сцены
live-full-screen = Во весь экран
live-exit-full-screen = Выйти из полноэкранного режима
live-stop = Завершить
live-running = Идёт сессия
live-stage-overrun = Время вышло
live-stage-finished = Спасибо
live-stage-waiting = Ожидание начала сессии
live-stage-window-title = Forum Desk — сцена
live-rehearsal = репетиция: план отсчитывается от начала этого прогона
agenda-spoken-zh-cn = китайский
agenda-spoken-ru = русский
agenda-spoken-en = английский

live-stop-confirm = Остановить ведение заседания? Записанное время останется в программе.
live-stop-rehearsal-confirm = Остановить репетицию? Записанное ею время будет удалено из программы, и настоящее заседание начнётся с чистого листа.
live-stop-rehearsal = Остановить и очистить время
