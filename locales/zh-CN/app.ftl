-brand-name = Forum Desk

# Variables:
#   $forum (String) - the forum's name in the interface language
app-window-title = { $forum } — { -brand-name }
app-window-title-empty = { -brand-name }
app-loading = 正在打开论坛…
app-dismiss = 关闭
app-sidebar-label = 主要栏目
app-language-label = 界面语言

lang-name-zh-cn = 中文
lang-name-ru = Русский
lang-name-en = English

nav-guests = 嘉宾与邀请
nav-seating = 座次安排
nav-agenda = 议程
nav-live = 现场控制
nav-settings = 设置

menu-file = 文件
menu-file-new = 新建论坛…
menu-file-open = 打开论坛…
menu-file-open-recent = 最近打开
menu-file-recent-empty = 没有最近打开的论坛
menu-file-save-copy = 另存副本…
menu-file-quit = 退出
menu-edit = 编辑
menu-edit-undo = 撤销
menu-edit-redo = 重做
# Variables:
#   $step (String) - the step Undo would undo, e.g. "seat Zhang Pingwen"
menu-edit-undo-step = 撤销：{ $step }
# Variables:
#   $step (String) - the step Redo would redo
menu-edit-redo-step = 重做：{ $step }
menu-edit-cut = 剪切
menu-edit-copy = 复制
menu-edit-paste = 粘贴
menu-edit-select-all = 全选
menu-view = 视图
menu-view-language = 语言
menu-help = 帮助
menu-help-about = 关于 { -brand-name }

dialog-forum-filter = { -brand-name } 论坛文件
dialog-new-title = 新建论坛
dialog-open-title = 打开论坛
dialog-save-copy-title = 另存论坛副本

# Variables:
#   $file (String) - path of the copy
app-copy-saved = 副本已保存到 { $file }。

# Variables:
#   $count (Number) - number of sessions
agenda-session-count = { $count } 场活动


seating-empty-title = 还没有座次方案
seating-empty-body = 宴会、全体大会、主席台和双边会谈的座次方案将显示在这里，座位按礼宾次序排列。
live-empty-title = 当前没有进行中的活动
live-empty-body = 现场控制模式显示当前环节和醒目的倒计时、下一环节以及活动的预计结束时间。

settings-title = 设置
settings-language = 界面语言
settings-forum = 论坛
settings-forum-name = 名称
settings-file = 文件
settings-time-zone = 时区
settings-dates = 日期
settings-venue = 地点
settings-honour-side = 尊位方向
settings-honour-side-right = 以主人右侧为尊（国际惯例）
settings-honour-side-left = 以主人左侧为尊（国内惯例）
settings-schema = 文件格式版本
settings-forum-new-title = 新建论坛
settings-forum-edit-title = 论坛信息
settings-forum-edit = 编辑论坛信息…
settings-forum-new-hint = 先填写已知信息，以后均可在“设置”中修改。名称至少需要一种语言。
settings-forum-create = 创建…
settings-city = 城市
settings-first-day = 开始日期
settings-last-day = 结束日期
settings-time-zone-find = 输入城市或偏移，如 UTC+8
# Variables:
#   $text (String) - what the user typed
settings-time-zone-none = 没有与“{ $text }”匹配的时区。
settings-host-delegation = 东道主代表团
settings-host-none = 无
settings-host-new = 新建代表团…
settings-host-hint = 该代表团成员在每张桌都坐在东道主一侧。
settings-letters = 邀请函
settings-signatory = 落款
settings-signatory-name = 落款人姓名
settings-signatory-title = 落款人职务
settings-signatory-hint = 留空则以组委会名义落款。
settings-reply-by = 回复截止日期
settings-not-set = 未设置

app-cancel = 取消

app-close = 关闭

app-save = 保存

# Variables:
#   $step (String) - the step undone, as the Edit menu names it
app-undone = 已撤销：{ $step }。

# Variables:
#   $step (String) - the step redone
app-redone = 已重做：{ $step }。

app-nothing-to-undo = 没有可撤销的操作。

app-nothing-to-redo = 没有可重做的操作。

settings-delegations = 代表团
settings-delegations-hint = 此处顺序即礼宾顺序，用于名单排序及座次安排。
settings-order = 顺序
settings-host-side = 主办方
settings-move-up = 上移
settings-move-down = 下移
settings-organizations = 单位
settings-organizations-filter = 查找单位
settings-country = 国家
settings-saved = 已保存。
agenda-none-title = 还没有活动
agenda-none-body = 日程、各场活动及其精确到分钟的流程将显示在这里。
agenda-column-time = 开始
agenda-column-minutes = 分钟
agenda-column-item = 环节
agenda-column-speakers = 发言人
agenda-column-interpretation = 翻译
# Variables:
#   $minutes (Number) - minutes over
agenda-overrun = 超出计划结束时间 { $minutes } 分钟
# Variables:
#   $a (String) - one session
#   $b (String) - the other
agenda-clash-hall = 同一时间同一场地：{ $a } 与 { $b }
# Variables:
#   $a (String) - one item
#   $b (String) - the other
agenda-clash-person = 同一发言人同时出现在两处：{ $a } 与 { $b }
settings-backups = 自动备份
# Variables:
#   $dir (String) - the backup folder
settings-backups-where = 论坛有改动时每十分钟备份到 { $dir }（保留最近五份）。

app-usage = Forum Desk — 国际论坛的嘉宾名单、礼宾座次与议程。
    用法：forum-desk [--data-dir 目录] [文件.forum]
    文件.forum — 要打开的论坛（默认为上次打开的论坛，首次启动时为示例论坛）。
    --data-dir 目录 — 保存设置、备份和示例论坛的位置。
    --help、--version — 显示本说明；显示版本号。
    命令行工具为 forum-desk-cli（forum-desk-cli --help）。
# Variables:
#   $option (String) - the option given on the command line
app-unknown-option = forum-desk：未知选项 { $option }（参见 forum-desk --help）

# 代表团所属国家（按 ISO 代码）。
settings-country-cn = 中国
settings-country-ru = 俄罗斯
settings-country-kz = 哈萨克斯坦
settings-country-by = 白俄罗斯
settings-country-mn = 蒙古国
settings-country-uz = 乌兹别克斯坦
settings-country-kg = 吉尔吉斯斯坦
settings-country-in = 印度
settings-country-us = 美国
settings-country-de = 德国
settings-country-fr = 法国
settings-country-gb = 英国
settings-country-jp = 日本
settings-country-kr = 韩国
