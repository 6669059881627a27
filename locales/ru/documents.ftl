## Printed documents (PDF)

doc-table = Стол
doc-seat = Место
doc-guest = Гость
doc-by-table = Гости по столам
doc-index = Алфавитный указатель гостей
doc-stage = Сцена
doc-entrance = Вход
# Variables:
#   $page (Number) - this page
#   $total (Number) - pages in all
doc-page-of = Страница { $page } из { $total }
doc-column-cues = Указания и заметки
doc-category-host = Принимающая сторона
doc-category-vip = VIP
doc-category-delegate = Делегат
doc-category-interpreter = Переводчик
doc-category-staff = Организатор
doc-kind-place-cards = Карточки рассадки
doc-kind-badges = Бейджи
doc-kind-seating = План рассадки
doc-kind-agenda = Сценарий
doc-kind-letters = Пригласительные письма
doc-letter-body =
    От имени организационного комитета имеем честь пригласить Вас принять участие в мероприятии «[forum]», которое состоится [dates] в городе [city] ([venue]).
    Форум объединяет представителей органов власти, университетов и компаний для развития научно-технического сотрудничества. Ваше участие станет важным вкладом в его успех.
    Будем признательны, если Вы подтвердите своё участие в удобное для Вас время.
# Variables:
#   $gender (String) - male, female or other
#   $name (String) - имя и отчество (или полное имя)
#   $family (String) - the family name
#   $honorific (String) - e.g. академик, or “none”
doc-letter-salutation =
    { $gender ->
        [male] Уважаемый { $name }!
        [female] Уважаемая { $name }!
       *[other] Уважаемый(-ая) { $name }!
    }
# Variables:
#   $date (String) - the reply-by date, as letters write it
doc-letter-reply-by = Просим сообщить о вашем участии до { $date }
doc-letter-closing = С уважением,
# Variables:
#   $forum (String) - the forum's name
doc-letter-signature = Организационный комитет: { $forum }
doc-save-title = Сохранить документ в PDF
doc-print = Печать…
doc-dialog-title = Документы для печати
doc-which = Документ
doc-letters-language-hint = Каждое письмо пишется на языке своего гостя.
doc-paper = Бумага
doc-paper-letter = US Letter
doc-plan = План рассадки
doc-session = Сессия
doc-all-sessions = Все сессии
doc-letter-texts = Текст письма на каждом языке
doc-letter-placeholders = Вместо [forum], [dates], [city], [venue], [name], [title] и [organization] подставляются данные гостя; каждая строка — абзац. Обращение ставится первым само.
doc-letter-texts-save = Сохранить текст письма
# Variables:
#   $count (Number) - pages in the document
#   $shown (Number) - pages shown here
doc-page-count =
    { $count ->
        [one] { $count } страница
        [few] { $count } страницы
       *[many] { $count } страниц
    }{ $shown ->
        [0] {""}
       *[other] {""} (показаны первые: { $shown })
    }
# Variables:
#   $page (String) - the page number
doc-page-alt = Страница { $page }
doc-save = Сохранить PDF…
# Variables:
#   $pages (Number) - pages written
#   $file (String) - the file
doc-saved = В { $file } сохранено страниц: { $pages }.

doc-scope-confirmed = Подтвердившие участие
doc-scope-all = Все, кто не отказался
