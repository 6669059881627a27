# The name of each undoable step, shown in the Edit menu ("Undo: seat
# Zhang Pingwen") and after an undo or a redo ("Undone: seat Zhang Pingwen.").
# Variables, in every step:
#   $name (String) - the guest, session, item, table … the step was done to
#   $count (Number) - how many guests (or seats) it concerned

step-add-guest = 添加嘉宾{ $name }
step-edit-guest = 修改嘉宾{ $name }
step-delete-guests =
    { $count ->
        [1] 删除嘉宾{ $name }
       *[other] 删除 { $count } 位嘉宾
    }
step-set-status =
    { $count ->
        [1] 更改{ $name }的状态
       *[other] 更改 { $count } 位嘉宾的状态
    }
step-merge-guests = 合并{ $name }的重复记录
step-import = 从{ $name }导入 { $count } 位嘉宾
step-save-organization = 修改单位“{ $name }”
step-save-delegation = 修改代表团“{ $name }”
step-move-delegation = 调整代表团“{ $name }”的顺序
step-add-session = 新建会议“{ $name }”
step-edit-session = 修改会议“{ $name }”
step-delete-session = 删除会议“{ $name }”
step-add-item = 新建议程“{ $name }”
step-edit-item = 修改议程“{ $name }”
step-delete-item = 删除议程“{ $name }”
step-move-item = 移动议程“{ $name }”
step-create-plan = 新建座次图“{ $name }”
step-auto-seat = 自动排座
step-seat = 安排{ $name }入座
step-unseat = 取消{ $name }的座位
step-swap-seats = 交换{ $name }的座位
step-lock-seat = 锁定{ $name }的座位
step-unlock-seat = 解锁{ $name }的座位
step-add-pair = { $name }的座位要求
step-remove-pair = 删除座位要求
step-move-table = 移动桌子{ $name }
step-rotate-table = 旋转桌子{ $name }
step-rename-table = 重命名桌子{ $name }
step-add-table = 添加 { $count } 座的桌子
step-remove-table = 删除桌子{ $name }
step-reserve-table = 为代表团预留桌子{ $name }
step-move-marks = 移动主席台和入口
step-save-letters = 修改信函文本
step-edit-forum = 修改论坛信息
