seating-plan = 座次方案

# Variables:
#   $seated (Number) - seats taken
#   $seats (Number) - all seats
seating-seated = 已安排 { $seated } / { $seats } 个座位

seating-auto = 自动排座

seating-export-xlsx = 导出（Excel）

seating-export-door = 入口索引（CSV）

seating-export-title = 保存座次表

seating-export-file-name = 座次表

seating-new-plan = 新建方案…

seating-unseated = 待安排

seating-show-unconfirmed = 显示未确认的嘉宾

seating-drag-hint = 将嘉宾拖到座位上，或先在嘉宾上按 Enter，再在座位上按 Enter。

seating-view-mode = 视图

seating-drawing = 平面图

seating-list = 按桌列表

seating-zoom-in = 放大

seating-zoom-out = 缩小

seating-show-honour = 显示位次

# Variables:
#   $name (String) - the guest being placed
seating-picked = { $name }：请选择座位（Esc 取消）

seating-stage = 主席台

seating-entrance = 入口

# Variables:
#   $table (String) - table
#   $seat (Number) - seat number
#   $honour (Number) - honour rank
#   $guest (String) - who sits there
seating-seat-label = { $table } 号桌 { $seat } 号座，位次 { $honour }：{ $guest }

seating-seat-empty = 空

# Variables:
#   $table (String) - table label
seating-table = { $table } 号桌

# Variables:
#   $honour (Number) - honour rank
seating-honour-short = 位次 { $honour }

seating-locked = 已锁定：自动排座不会移动此嘉宾

seating-conflicts = 需核对

seating-no-conflicts = 没有冲突。

seating-keys-hint = 在座位上：Enter 拿起或放下嘉宾，Delete 清空座位，L 锁定。

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-seated-twice = { $guest } 被安排了两个座位。

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-seat-twice = 同一座位有两位嘉宾：{ $guest } 和 { $other }。

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-declined-seated = { $guest } 已婉拒，但仍有座位。

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-precedence = { $guest } 的座位低于级别较低的 { $other }。

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-no-interpreter = { $guest } 身旁需要安排翻译。

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
#   $count (Number) - empty seats
seating-conflict-empty-head-seat = 主桌有 { $count } 个空座。

seating-template = 布局

seating-template-banquet = 宴会：圆桌

seating-template-plenary = 全体大会：中间留过道的排座

seating-template-talks = 双边会谈：长桌

seating-template-presidium = 主席台：面向会场的一排

seating-tables = 桌数

seating-seats-per-table = 每桌座位数

seating-alternate = 每桌中外方交替就座

seating-rows = 排数

seating-seats-per-row = 每排座位数

seating-per-side = 每方座位数

seating-seats = 座位数

seating-plan-name = 方案名称

seating-hall-zh = 场地中文名称

seating-hall-ru = 场地俄文名称

seating-hall-en = 场地英文名称

seating-create = 创建
seating-fit = 适应窗口
# Variables:
#   $position (Number) - place in precedence on the guest's side
#   $side (String) - host or guest
seating-why = { $side ->
        [host] 主方礼宾顺序第 { $position } 位。
       *[guest] 来宾礼宾顺序第 { $position } 位。
    }
seating-why-locked = 手动安排（已锁定）。
seating-table-label = 桌名
seating-move-hint = 拖动桌子即可移动；各桌将按与主桌的距离重新排序。
seating-pairs = 同座或分开
# Variables:
#   $a (String) - a guest
#   $b (String) - another guest
seating-pair-together = { $a } 与 { $b } 相邻
# Variables:
#   $a (String) - a guest
#   $b (String) - another guest
seating-pair-apart = { $a } 不与 { $b } 相邻
seating-pair-remove = 删除
seating-pair-first = 第一位嘉宾…
seating-pair-second = 第二位嘉宾…
seating-pair-kind = 规则
seating-pair-kind-together = 相邻就座
seating-pair-kind-apart = 不相邻
seating-pair-add = 添加
seating-door-index = 入口索引
seating-add-table = 添加桌子
seating-reserve-for = 预留给
seating-reserve-none = — 不预留 —
seating-remove-table = 删除此桌
# Variables:
#   $delegation (String) - the delegation
seating-reserved-for = 预留给 { $delegation }
# Variables:
#   $table (String) - table label
seating-remove-table-confirm = 删除 { $table } 号桌并清空其座位？
seating-find-guest = 查找嘉宾
# Variables:
#   $count (Number) - guests not shown
seating-more-guests = 还有 { $count } 位嘉宾，输入姓名可缩小范围。
seating-session = 场次或活动
seating-session-none = — 无 —
seating-lock = 锁定
seating-unlock = 解除锁定
seating-free-seat = 清空座位
seating-move-table = 将桌子移动半米
