guests-title = Гости и приглашения

# Variables:
#   $count (Number) - number of guests
guests-count =
    { $count ->
        [one] { $count } гость
        [few] { $count } гостя
        [many] { $count } гостей
       *[other] { $count } гостя
    }

guests-search-placeholder = Поиск на любом языке: имя, организация, эл. почта
guests-search-label = Поиск гостей
guests-no-match = Никто не найден.
guests-empty-title = Гостей пока нет
guests-empty-body = Здесь появятся гости, которых вы добавите или импортируете из списков партнёров.

guests-column-name = Имя
guests-column-title = Должность
guests-column-organization = Организация
guests-column-delegation = Делегация
guests-column-language = Язык
guests-column-status = Статус

guests-status-draft = Черновик
guests-status-invited = Приглашение отправлено
guests-status-confirmed = Подтверждено
guests-status-declined = Отказ
guests-status-tentative = Под вопросом
guests-status-attended = Явка
guests-status-no-show = Неявка

guests-no-delegation = Без делегации

guests-gender-female = Женский
guests-gender-male = Мужской
guests-gender-unspecified = Не указан
guests-rank-head-of-state = Глава государства или правительства
guests-rank-minister = Министр
guests-rank-vice-minister = Заместитель министра
guests-rank-governor = Губернатор или мэр
guests-rank-academician = Академик
guests-rank-rector = Ректор
guests-rank-vice-rector = Проректор
guests-rank-director = Директор
guests-rank-other = Прочие

guests-new = Новый гость

guests-import = Импорт…

guests-export = Экспорт…

guests-duplicates = Дубли…

guests-filter-status = Статус

guests-filter-delegation = Делегация

guests-filter-organization = Организация

guests-filter-language = Язык

guests-filter-all-statuses = Все статусы

guests-filter-all-delegations = Все делегации

guests-filter-all-organizations = Все организации

guests-filter-all-languages = Все языки

guests-sort-label = Порядок

guests-sort-name = По имени

guests-sort-rank = По рангу

guests-sort-status = По статусу

guests-sort-delegation = По делегациям

# Variables:
#   $count (Number) - guests shown
guests-shown = Показано: { $count }

# Variables:
#   $count (Number) - guests selected
guests-selected =
    { $count ->
        [one] Выбран { $count } гость
        [few] Выбрано { $count } гостя
        [many] Выбрано { $count } гостей
       *[other] Выбрано { $count } гостя
    }

guests-bulk-label = Изменить выбранных гостей

guests-bulk-choose-status = Установить статус…

guests-bulk-apply = Применить

# Variables:
#   $count (Number) - guests changed
#   $status (String) - the new status
guests-bulk-done =
    { $count ->
        [one] У { $count } гостя
       *[other] У { $count } гостей
    } теперь статус «{ $status }».

guests-delete = Удалить

# Variables:
#   $count (Number) - guests to delete
guests-delete-confirm =
    Удалить { $count ->
        [one] { $count } гостя
       *[other] { $count } гостей
    }? Это можно отменить клавишами Ctrl+Z.

# Variables:
#   $count (Number) - guests deleted
guests-deleted =
    { $count ->
        [one] Удалён { $count } гость.
        [few] Удалено { $count } гостя.
        [many] Удалено { $count } гостей.
       *[other] Удалено { $count } гостя.
    } Ctrl+Z вернёт их.

guests-clear-selection = Снять выбор

guests-select-all = Выбрать всех показанных гостей

# Variables:
#   $name (String) - the guest's name
guests-saved = Сохранено: { $name }.

# Variables:
#   $name (String) - the guest's name
guests-added = Добавлен гость: { $name }.

# Variables:
#   $name (String) - the kept guest's name
guests-merged = Объединено в запись { $name }.

# Variables:
#   $other (String) - the other guest's name
#   $reason (String) - why
guests-duplicate-found = Этот гость похож на уже внесённого: { $other } ({ $reason }).

guests-duplicate-reason-email = тот же адрес эл. почты

guests-duplicate-reason-name = то же имя в той же организации

guests-merge = Объединить

guests-keep-both = Оставить обоих


guests-duplicates-title = Возможные дубли

guests-duplicates-intro = В списках от разных партнёров один человек часто встречается дважды. Сравните две записи рядом и объедините их поле за полем.

guests-duplicates-none = Возможных дублей нет.

guests-edit-title = Гость

guests-new-title = Новый гость

guests-section-name = Имя

guests-section-position = Должность и принадлежность

guests-section-contact = Контакты

guests-section-needs = Потребности и примечания

guests-name-hint = Введите имя на любом языке — остальные поля заполнятся транслитерацией, их можно исправить.

guests-prefilled-hint = Выделенные поля заполнены транслитерацией — проверьте их.

guests-field-family-han = Фамилия (иероглифы)

guests-field-given-han = Имя (иероглифы)

guests-field-family-cyr = Фамилия

guests-field-given-cyr = Имя

guests-field-patronymic = Отчество

guests-field-family-lat = Фамилия (латиница)

guests-field-given-lat = Имя (латиница)

guests-field-gender = Пол (для обращений)

guests-field-language = Предпочитаемый язык

guests-field-title-zh = Должность по-китайски

guests-field-title-ru = Должность по-русски

guests-field-title-en = Должность по-английски

guests-field-honorific-zh = Обращение по-китайски

guests-field-honorific-ru = Обращение по-русски

guests-field-honorific-en = Обращение по-английски

guests-field-rank = Протокольный ранг

guests-field-host = Принимающая сторона (хозяин)

guests-field-phone = Телефон

guests-field-interpreter = Нужен переводчик на

guests-field-dietary = Питание

guests-field-accessibility = Доступность

guests-field-notes = Примечания

guests-none = — нет —

guests-new-organization = Новая организация…

guests-new-delegation = Новая делегация…

guests-name-in-zh = Название по-китайски

guests-name-in-ru = Название по-русски

guests-name-in-en = Название по-английски

guests-status-note = Комментарий к смене статуса

guests-history = История приглашения
guests-field-role = Роль
guests-role-delegate = Участник
guests-role-interpreter = Переводчик
guests-role-staff = Сотрудник (без места)

guests-discard-confirm = Закрыть без сохранения? Введённое будет потеряно.
guests-discard = Не сохранять

guests-compare = Сравнить…
guests-merge-title = Один человек, две записи?
guests-merge-hint = Там, где записи расходятся, выберите, что оставить; то, что есть только в одной из них, сохранится в любом случае. Места, выступления и история приглашения переходят к объединённому гостю. Ctrl+Z отменяет объединение.
guests-merge-field = Поле
# Variables:
#   $date (String) - when the record was added
guests-merge-added-by-hand = Введено вручную, { $date }
# Variables:
#   $file (String) - the imported file
#   $date (String) - when it was imported
guests-merge-added-from = Импортировано из { $file }, { $date }
guests-merge-empty = нет
guests-merge-only-first = только в первой записи
guests-merge-only-second = только во второй записи
guests-merge-do = Объединить в одного гостя
guests-merge-back = Назад к списку
# Variables:
#   $count (Number) - fields in which the two records differ
guests-merge-differences =
    { $count ->
        [0] Различий нет
        [one] { $count } различие
        [few] { $count } различия
       *[many] { $count } различий
    }
