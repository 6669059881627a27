seating-plan = План рассадки

# Variables:
#   $seated (Number) - seats taken
#   $seats (Number) - all seats
seating-seated = Занято мест: { $seated } из { $seats }

seating-auto = Рассадить автоматически

seating-export-xlsx = Экспорт (Excel)

seating-export-door = Указатель у входа (CSV)

seating-export-title = Сохранить список рассадки

seating-export-file-name = рассадка

seating-new-plan = Новый план…

seating-unseated = Без места

seating-show-unconfirmed = Показывать неподтверждённых гостей

seating-drag-hint = Перетащите гостя на место или нажмите Enter на госте, затем на месте.

seating-view-mode = Вид

seating-drawing = Схема

seating-list = Список по столам

seating-zoom-in = Крупнее

seating-zoom-out = Мельче

seating-show-honour = Показывать почётность мест

# Variables:
#   $name (String) - the guest being placed
seating-picked = { $name }: выберите место (Esc — отмена)

seating-stage = Сцена

seating-entrance = Вход

# Variables:
#   $table (String) - table
#   $seat (Number) - seat number
#   $honour (Number) - honour rank
#   $guest (String) - who sits there
seating-seat-label = Стол { $table }, место { $seat }, почётность { $honour }: { $guest }

seating-seat-empty = свободно

# Variables:
#   $table (String) - table label
seating-table = Стол { $table }

# Variables:
#   $honour (Number) - honour rank
seating-honour-short = почёт. { $honour }

seating-locked = Закреплено: автоматическая рассадка не сдвинет гостя

seating-conflicts = Проверить

seating-no-conflicts = Конфликтов нет.

seating-keys-hint = На месте: Enter — взять или посадить гостя, Delete — освободить, L — закрепить.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-seated-twice = { $guest } посажен(а) дважды.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-seat-twice = Два гостя на одном месте: { $guest } и { $other }.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-declined-seated = { $guest } отказался(-ась), но место за ним (ней) осталось.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-precedence = { $guest } сидит ниже, чем { $other }, хотя старше по рангу.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-no-interpreter = { $guest } нужен переводчик рядом.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
#   $count (Number) - empty seats
seating-conflict-empty-head-seat =
    { $count ->
        [one] За главным столом пустует { $count } место.
        [few] За главным столом пустуют { $count } места.
       *[other] За главным столом пустуют { $count } мест.
    }

seating-template = Расстановка

seating-template-banquet = Банкет: круглые столы

seating-template-plenary = Пленарный зал: ряды с центральным проходом

seating-template-talks = Двусторонние переговоры: длинный стол

seating-template-presidium = Президиум: один ряд лицом к залу

seating-tables = Столов

seating-seats-per-table = Мест за столом

seating-alternate = Чередовать стороны за каждым столом

seating-rows = Рядов

seating-seats-per-row = Мест в ряду

seating-per-side = Мест с каждой стороны

seating-seats = Мест

seating-plan-name = Название плана

seating-hall-zh = Зал по-китайски

seating-hall-ru = Зал по-русски

seating-hall-en = Зал по-английски

seating-create = Создать
seating-fit = По размеру
# Variables:
#   $position (Number) - place in precedence on the guest's side
#   $side (String) - host or guest
seating-why = { $side ->
        [host] { $position }-й по старшинству на принимающей стороне.
       *[guest] { $position }-й по старшинству среди приглашённых гостей.
    }
seating-why-locked = Посажен(а) вручную (место закреплено).
seating-table-label = Название стола
seating-move-hint = Перетащите стол, чтобы передвинуть его; столы заново ранжируются по удалённости от главного стола.
seating-pairs = Вместе или врозь
# Variables:
#   $a (String) - a guest
#   $b (String) - another guest
seating-pair-together = { $a } рядом с { $b }
# Variables:
#   $a (String) - a guest
#   $b (String) - another guest
seating-pair-apart = { $a } не рядом с { $b }
seating-pair-remove = Удалить
seating-pair-first = Первый гость…
seating-pair-second = Второй гость…
seating-pair-kind = Правило
seating-pair-kind-together = сидит рядом с
seating-pair-kind-apart = не сидит рядом с
seating-pair-add = Добавить
seating-door-index = Указатель у входа
seating-add-table = Добавить стол
seating-reserve-for = Закрепить места за
seating-reserve-none = — любой —
seating-remove-table = Убрать стол
# Variables:
#   $delegation (String) - the delegation
seating-reserved-for = Закреплено за: { $delegation }
# Variables:
#   $table (String) - table label
seating-remove-table-confirm = Убрать стол { $table } и освободить его места?
seating-find-guest = Найти гостя
# Variables:
#   $count (Number) - guests not shown
seating-more-guests = Ещё гостей: { $count }. Введите имя, чтобы сузить список.
seating-session = Сессия или мероприятие
seating-session-none = — нет —
seating-lock = Закрепить
seating-unlock = Открепить
seating-free-seat = Освободить место
seating-move-table = Сдвинуть стол на полметра
