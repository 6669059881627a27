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
