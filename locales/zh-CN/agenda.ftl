## Agenda editor

agenda-new-session = 新建会议
agenda-edit-session = 编辑会议
agenda-title-zh = 中文标题
agenda-title-ru = 俄文标题
agenda-title-en = 英文标题
agenda-session-kind = 会议类型
agenda-session-kind-opening = 开幕式
agenda-session-kind-plenary = 全体会议
agenda-session-kind-panel = 圆桌讨论
agenda-session-kind-signing = 签约仪式
agenda-session-kind-banquet = 宴会
agenda-session-kind-break = 休息
agenda-session-kind-press = 新闻发布会
agenda-session-kind-talks = 会谈
agenda-date = 日期
# Variables:
#   $zone (String) - the forum's time zone
agenda-start-time = 开始时间（{ $zone }）
agenda-hall = 会场
agenda-hall-none = 未指定会场
agenda-hall-new = 新会场…
agenda-planned-minutes = 计划时长（分钟）
agenda-moderator = 主持人
agenda-new-item = 新建议程条目
agenda-edit-item = 编辑议程条目
agenda-item-kind = 条目类型
agenda-item-kind-speech = 致辞/演讲
agenda-item-kind-video = 视频致辞
agenda-item-kind-panel = 圆桌对话
agenda-item-kind-signing = 签约
agenda-item-kind-qa = 问答
agenda-item-kind-break = 茶歇
agenda-item-kind-photo = 合影
agenda-item-kind-performance = 文艺表演
agenda-language = 发言语言
agenda-language-none = —
agenda-interpretation = 翻译方式
agenda-speaking-minutes = 发言时长（分钟）
agenda-total-by-hand = 手动设定总时长
agenda-total-minutes = 总时长（分钟）
# Variables:
#   $minutes (Number) - the slot with interpretation
agenda-slot = 含翻译共 { $minutes } 分钟
agenda-speakers = 发言人
agenda-moderators = 主持人
agenda-stage-notes = 舞台与主持提示
agenda-tech-notes = 技术备注
# Variables:
#   $name (String) - the guest's name
agenda-remove-person = 移除 { $name }
agenda-find-guest = 输入姓名（任何文字）…
agenda-export = 导出…
agenda-export-title = 导出议程
agenda-format-ics = 日历（iCalendar .ics）
agenda-export-scope = 事件范围
agenda-export-whole-forum = 整个论坛
# Variables:
#   $count (Number) - events written
#   $file (String) - the file
agenda-export-done-ics = 已将 { $count } 个事件保存到 { $file }。再次导入会更新同一事件。
# Variables:
#   $count (Number) - items written
#   $file (String) - the file
agenda-export-done = 已将 { $count } 个条目保存到 { $file }。
agenda-keys-hint = 拖动 ⠿ 或按 Alt+↑/↓ 调整顺序；Enter 编辑，Insert 在下方插入，Delete 删除。Ctrl+Z 撤销。
# Variables:
#   $name (String) - the moderator's name
agenda-moderated-by = 主持：{ $name }
agenda-run-live = 现场控制
agenda-edit = 编辑
agenda-delete = 删除
agenda-column-order = 顺序
agenda-column-actions = 操作
agenda-drag-hint = 拖动以调整顺序
agenda-actual-start = 实际开始
agenda-insert-below = 在下方插入条目
agenda-delete-item = 删除条目
agenda-add-item = 添加条目
agenda-item-deleted = 条目已删除。按 Ctrl+Z 可恢复。
agenda-session-deleted = 会议已删除。按 Ctrl+Z 可恢复。
export-agenda-file-name = 议程
field-minutes = 分钟
field-total-minutes = 总时长（分钟）
field-planned-minutes = 计划时长（分钟）
field-start = 开始时间

## Live mode

# Variables:
#   $count (Number) - items in the session
live-item-count = { $count } 个条目
# Variables:
#   $index (Number) - the current item
#   $count (Number) - items in the session
live-position = 第 { $index } / { $count } 项
live-now = 当前
live-paused = 已暂停
# Variables:
#   $time (String) - how long over, MM:SS
live-overrun = 已超时 { $time }
live-remaining = 剩余
# Variables:
#   $time (String) - MM:SS
live-elapsed = 已用 { $time }
# Variables:
#   $time (String) - MM:SS
live-slot = 限时 { $time }
# Variables:
#   $count (Number) - minutes
live-minutes = { $count } 分钟
# Variables:
#   $time (String) - when the session ended
live-finished = 会议已于 { $time } 结束。
live-next = 下一项
live-next-none = 无——这是最后一项。
# Variables:
#   $time (String) - projected end
#   $planned (String) - planned end
live-projected-end = 预计 { $time } 结束（计划 { $planned }）
live-on-time = 准时
# Variables:
#   $minutes (Number) - minutes late
live-late = 延迟 { $minutes } 分钟
# Variables:
#   $minutes (Number) - minutes early
live-early = 提前 { $minutes } 分钟
live-controls = 现场控制按钮
live-previous = 上一项
live-resume = 继续
live-pause = 暂停
live-key-space = 空格
live-next-item = 下一项
live-minute-short = 分钟
live-stage-window = 舞台窗口
live-full-screen = 全屏
live-exit-full-screen = 退出全屏
live-stop = 结束
live-running = 会议进行中
live-stage-overrun = 时间到
live-stage-finished = 谢谢
live-stage-waiting = 等待会议开始
live-stage-window-title = Forum Desk — 舞台
live-rehearsal = 彩排：计划时间从本次开始时刻起算
agenda-spoken-zh-cn = 中文
agenda-spoken-ru = 俄语
agenda-spoken-en = 英语

live-stop-confirm = 停止本场会议的现场控制吗？已记录的时间会保留在议程中。
live-stop-rehearsal-confirm = 结束彩排吗？彩排记录的时间将从议程中清除，正式会议将重新计时。
live-stop-rehearsal = 结束并清除时间
