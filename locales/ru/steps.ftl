# The name of each undoable step, shown in the Edit menu ("Undo: seat
# Zhang Pingwen") and after an undo or a redo ("Undone: seat Zhang Pingwen.").
# Variables, in every step:
#   $name (String) - the guest, session, item, table … the step was done to
#   $count (Number) - how many guests (or seats) it concerned

step-add-guest = добавление гостя { $name }
step-edit-guest = изменение карточки гостя { $name }
step-delete-guests =
    { $count ->
        [1] удаление гостя { $name }
        [one] удаление { $count } гостя
       *[other] удаление { $count } гостей
    }
step-set-status =
    { $count ->
        [1] изменение статуса гостя { $name }
        [one] изменение статуса { $count } гостя
       *[other] изменение статуса { $count } гостей
    }
step-merge-guests = объединение карточек гостя { $name }
step-import =
    импорт { $count ->
        [one] { $count } гостя
       *[other] { $count } гостей
    } из { $name }
step-save-organization = изменение организации «{ $name }»
step-save-delegation = изменение делегации «{ $name }»
step-move-delegation = перемещение делегации «{ $name }»
step-add-session = новое заседание «{ $name }»
step-edit-session = изменение заседания «{ $name }»
step-delete-session = удаление заседания «{ $name }»
step-add-item = новый пункт «{ $name }»
step-edit-item = изменение пункта «{ $name }»
step-delete-item = удаление пункта «{ $name }»
step-move-item = перемещение пункта «{ $name }»
step-create-plan = новый план рассадки «{ $name }»
step-auto-seat = автоматическая рассадка
step-seat = посадка гостя { $name } на место
step-unseat = освобождение места гостя { $name }
step-swap-seats = обмен местами гостя { $name }
step-lock-seat = закрепление места гостя { $name }
step-unlock-seat = открепление места гостя { $name }
step-add-pair = пожелание по рассадке для гостя { $name }
step-remove-pair = удаление пожелания по рассадке
step-move-table = перемещение стола { $name }
step-rotate-table = поворот стола { $name }
step-rename-table = переименование стола { $name }
step-add-table =
    новый стол на { $count ->
        [one] { $count } место
        [few] { $count } места
       *[other] { $count } мест
    }
step-remove-table = удаление стола { $name }
step-reserve-table = бронирование стола { $name }
step-move-marks = перемещение сцены и входа
step-save-letters = изменение текстов писем
step-edit-forum = изменение сведений о форуме
