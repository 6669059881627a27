# The name of each undoable step, shown in the Edit menu ("Undo: seat
# Zhang Pingwen") and after an undo or a redo ("Undone: seat Zhang Pingwen.").
# Variables, in every step:
#   $name (String) - the guest, session, item, table … the step was done to
#   $count (Number) - how many guests (or seats) it concerned

step-add-guest = add { $name }
step-edit-guest = edit { $name }
step-delete-guests =
    { $count ->
        [1] delete { $name }
       *[other] delete { $count } guests
    }
step-set-status =
    { $count ->
        [1] status of { $name }
       *[other] status of { $count } guests
    }
step-merge-guests = merge the duplicates of { $name }
step-import =
    import of { $count ->
        [one] { $count } guest
       *[other] { $count } guests
    } from { $name }
step-save-organization = changes to “{ $name }”
step-save-delegation = changes to “{ $name }”
step-move-delegation = order of “{ $name }”
step-add-session = new session “{ $name }”
step-edit-session = edit session “{ $name }”
step-delete-session = delete session “{ $name }”
step-add-item = new item “{ $name }”
step-edit-item = edit item “{ $name }”
step-delete-item = delete item “{ $name }”
step-move-item = move item “{ $name }”
step-create-plan = new seating plan “{ $name }”
step-auto-seat = automatic seating
step-seat = seat { $name }
step-unseat = free the seat of { $name }
step-swap-seats = swap the seat of { $name }
step-lock-seat = lock the seat of { $name }
step-unlock-seat = unlock the seat of { $name }
step-add-pair = seating wish for { $name }
step-remove-pair = remove a seating wish
step-move-table = move table { $name }
step-rotate-table = turn table { $name }
step-rename-table = rename table { $name }
step-add-table =
    new table of { $count ->
        [one] { $count } seat
       *[other] { $count } seats
    }
step-remove-table = remove table { $name }
step-reserve-table = reserve table { $name }
step-move-marks = move the stage and the entrance
step-save-letters = letter texts
step-edit-forum = changes to the forum details
