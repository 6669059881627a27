-brand-name = Forum Desk

# Variables:
#   $forum (String) - the forum's name in the interface language
app-window-title = { $forum } — { -brand-name }
app-window-title-empty = { -brand-name }
app-loading = Открываем форум…
app-dismiss = Закрыть
app-sidebar-label = Основные разделы
app-language-label = Язык интерфейса

lang-name-zh-cn = 中文
lang-name-ru = Русский
lang-name-en = English

nav-guests = Гости и приглашения
nav-seating = Рассадка
nav-agenda = Программа
nav-live = Ведение
nav-settings = Настройки

menu-file = Файл
menu-file-new = Новый форум…
menu-file-open = Открыть форум…
menu-file-open-recent = Недавние
menu-file-recent-empty = Недавних форумов нет
menu-file-save-copy = Сохранить копию как…
menu-file-quit = Выход
menu-edit = Правка
menu-edit-undo = Отменить
menu-edit-redo = Повторить
# Variables:
#   $step (String) - the step Undo would undo, e.g. "seat Zhang Pingwen"
menu-edit-undo-step = Отменить: { $step }
# Variables:
#   $step (String) - the step Redo would redo
menu-edit-redo-step = Повторить: { $step }
menu-edit-cut = Вырезать
menu-edit-copy = Копировать
menu-edit-paste = Вставить
menu-edit-select-all = Выделить всё
menu-view = Вид
menu-view-language = Язык
menu-help = Справка
menu-help-about = О программе { -brand-name }

dialog-forum-filter = Форум { -brand-name }
dialog-new-title = Создать форум
dialog-open-title = Открыть форум
dialog-save-copy-title = Сохранить копию форума

# Variables:
#   $file (String) - path of the copy
app-copy-saved = Копия сохранена: { $file }.

# Variables:
#   $count (Number) - number of sessions
agenda-session-count =
    { $count ->
        [one] { $count } сессия
        [few] { $count } сессии
        [many] { $count } сессий
       *[other] { $count } сессии
    }


seating-empty-title = Планов рассадки пока нет
seating-empty-body = Здесь появятся планы рассадки для банкета, пленарного зала, президиума и двусторонних переговоров, с местами по протоколу.
live-empty-title = Сейчас ни одна сессия не идёт
live-empty-body = В режиме ведения видны текущий пункт с крупным обратным отсчётом, следующий пункт и расчётное окончание сессии.

settings-title = Настройки
settings-language = Язык интерфейса
settings-forum = Форум
settings-forum-name = Название
settings-file = Файл
settings-time-zone = Часовой пояс
settings-dates = Даты
settings-venue = Место проведения
settings-honour-side = Почётная сторона
settings-honour-side-right = Первое почётное место — справа от хозяина (международная практика)
settings-honour-side-left = Первое почётное место — слева от хозяина (китайская внутренняя практика)
settings-schema = Версия формата файла
settings-forum-new-title = Новый форум
settings-forum-edit-title = Сведения о форуме
settings-forum-edit = Изменить сведения о форуме…
settings-forum-new-hint = Заполните то, что уже известно: всё можно изменить позже в настройках. Название нужно хотя бы на одном языке.
settings-forum-create = Создать…
settings-city = Город
settings-first-day = Первый день
settings-last-day = Последний день
settings-time-zone-find = Введите город или смещение, например UTC+3
# Variables:
#   $text (String) - what the user typed
settings-time-zone-none = Нет часового пояса для «{ $text }».
settings-host-delegation = Принимающая делегация
settings-host-none = Нет
settings-host-new = Новая делегация…
settings-host-hint = Её члены сидят на стороне принимающей стороны за каждым столом.
settings-letters = Пригласительные письма
settings-signatory = Подпись
settings-signatory-name = Имя подписанта
settings-signatory-title = Должность подписанта
settings-signatory-hint = Если оставить пустым, письма подписывает организационный комитет.
settings-reply-by = Ответить до
settings-not-set = не указано

app-cancel = Отмена

app-close = Закрыть

app-save = Сохранить

# Variables:
#   $step (String) - the step undone, as the Edit menu names it
app-undone = Отменено: { $step }.

# Variables:
#   $step (String) - the step redone
app-redone = Повторено: { $step }.

app-nothing-to-undo = Нечего отменять.

app-nothing-to-redo = Нечего повторять.

settings-delegations = Делегации
settings-delegations-hint = Порядок здесь — протокольный: по нему упорядочиваются списки, а затем и рассадка.
settings-order = Порядок
settings-host-side = Принимающая сторона
settings-move-up = Выше
settings-move-down = Ниже
settings-organizations = Организации
settings-organizations-filter = Найти организацию
settings-country = Страна
settings-saved = Сохранено.
agenda-none-title = Сессий пока нет
agenda-none-body = Здесь появятся дни, сессии и их сценарии с расчётом времени.
agenda-column-time = Начало
agenda-column-minutes = Мин.
agenda-column-item = Пункт
agenda-column-speakers = Выступающие
agenda-column-interpretation = Перевод
# Variables:
#   $minutes (Number) - minutes over
agenda-overrun = на { $minutes } мин. дольше плана
# Variables:
#   $a (String) - one session
#   $b (String) - the other
agenda-clash-hall = Один зал в одно время: { $a } и { $b }
# Variables:
#   $a (String) - one item
#   $b (String) - the other
agenda-clash-person = Выступающий нужен в двух местах сразу: { $a } и { $b }
settings-backups = Автоматические копии
# Variables:
#   $dir (String) - the backup folder
settings-backups-where = Каждые десять минут, если форум изменился, в { $dir } (хранятся пять последних).

app-usage = Forum Desk — списки гостей, протокольная рассадка и программа международных форумов.
    Запуск: forum-desk [--data-dir ПАПКА] [ФАЙЛ.forum]
    ФАЙЛ.forum — форум, который нужно открыть (иначе последний открытый или демонстрационный при первом запуске).
    --data-dir ПАПКА — где хранятся настройки, резервные копии и демонстрационный форум.
    --help, --version — эта справка; номер версии.
    Инструмент командной строки — forum-desk-cli (forum-desk-cli --help).
# Variables:
#   $option (String) - the option given on the command line
app-unknown-option = forum-desk: неизвестный параметр { $option } (см. forum-desk --help)

# Названия стран по коду ISO: страна делегации.
settings-country-cn = Китай
settings-country-ru = Россия
settings-country-kz = Казахстан
settings-country-by = Беларусь
settings-country-mn = Монголия
settings-country-uz = Узбекистан
settings-country-kg = Киргизия
settings-country-in = Индия
settings-country-us = США
settings-country-de = Германия
settings-country-fr = Франция
settings-country-gb = Великобритания
settings-country-jp = Япония
settings-country-kr = Республика Корея
