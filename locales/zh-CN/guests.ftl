guests-title = 嘉宾与邀请

# Variables:
#   $count (Number) - number of guests
guests-count = { $count } 位嘉宾

guests-search-placeholder = 可用任何文字搜索：姓名、单位、电子邮件
guests-search-label = 搜索嘉宾
guests-no-match = 没有符合条件的嘉宾。
guests-empty-title = 还没有嘉宾
guests-empty-body = 您添加的嘉宾或从合作方名单导入的嘉宾将显示在这里。

guests-column-name = 姓名
guests-column-title = 职务
guests-column-organization = 单位
guests-column-delegation = 代表团
guests-column-language = 语言
guests-column-status = 状态

guests-status-draft = 草稿
guests-status-invited = 已邀请
guests-status-confirmed = 已确认
guests-status-declined = 已婉拒
guests-status-tentative = 待定
guests-status-attended = 已出席
guests-status-no-show = 未出席

guests-no-delegation = 未分配代表团

guests-gender-female = 女
guests-gender-male = 男
guests-gender-unspecified = 未指定
guests-rank-head-of-state = 国家元首或政府首脑
guests-rank-minister = 部长级
guests-rank-vice-minister = 副部长级
guests-rank-governor = 省长或市长
guests-rank-academician = 院士
guests-rank-rector = 校长
guests-rank-vice-rector = 副校长
guests-rank-director = 主任或负责人
guests-rank-other = 其他

guests-new = 新增嘉宾

guests-import = 导入…

guests-export = 导出…

guests-duplicates = 查找重复…

guests-filter-status = 状态

guests-filter-delegation = 代表团

guests-filter-organization = 单位

guests-filter-language = 语言

guests-filter-all-statuses = 全部状态

guests-filter-all-delegations = 全部代表团

guests-filter-all-organizations = 全部单位

guests-filter-all-languages = 全部语言

guests-sort-label = 排序

guests-sort-name = 按姓名

guests-sort-rank = 按级别

guests-sort-status = 按状态

guests-sort-delegation = 按代表团

# Variables:
#   $count (Number) - guests shown
guests-shown = 显示 { $count } 位

# Variables:
#   $count (Number) - guests selected
guests-selected = 已选 { $count } 位嘉宾

guests-bulk-label = 批量修改所选嘉宾

guests-bulk-choose-status = 设置状态…

guests-bulk-apply = 应用

# Variables:
#   $count (Number) - guests changed
#   $status (String) - the new status
guests-bulk-done = 已将 { $count } 位嘉宾的状态设为“{ $status }”。

guests-delete = 删除

# Variables:
#   $count (Number) - guests to delete
guests-delete-confirm = 删除 { $count } 位嘉宾？可按 Ctrl+Z 撤销。

# Variables:
#   $count (Number) - guests deleted
guests-deleted = 已删除 { $count } 位嘉宾。按 Ctrl+Z 可恢复。

guests-clear-selection = 取消选择

guests-select-all = 全选当前显示的嘉宾

# Variables:
#   $name (String) - the guest's name
guests-saved = 已保存：{ $name }。

# Variables:
#   $name (String) - the guest's name
guests-added = 已新增嘉宾：{ $name }。

# Variables:
#   $name (String) - the kept guest's name
guests-merged = 已合并到 { $name }。

# Variables:
#   $other (String) - the other guest's name
#   $reason (String) - why
guests-duplicate-found = 该嘉宾可能与名单中的 { $other } 是同一人（{ $reason }）。

guests-duplicate-reason-email = 电子邮件相同

guests-duplicate-reason-name = 同一单位中姓名相同

guests-merge = 合并

guests-keep-both = 保留两者


guests-duplicates-title = 疑似重复

guests-duplicates-intro = 合并多方名单时常出现同一人重复。可将两条记录并排比较，逐项合并。

guests-duplicates-none = 没有疑似重复的嘉宾。

guests-edit-title = 编辑嘉宾

guests-new-title = 新增嘉宾

guests-section-name = 姓名

guests-section-position = 职务与单位

guests-section-contact = 联系方式

guests-section-needs = 特殊需求与备注

guests-name-hint = 任填一种文字的姓名，其余文字将自动音译填充，可随时修改。

guests-prefilled-hint = 高亮字段为自动音译结果，请核对。

guests-field-family-han = 姓（汉字）

guests-field-given-han = 名（汉字）

guests-field-family-cyr = 姓（西里尔字母）

guests-field-given-cyr = 名（西里尔字母）

guests-field-patronymic = 父称

guests-field-family-lat = 姓（拉丁字母）

guests-field-given-lat = 名（拉丁字母）

guests-field-gender = 性别（用于称呼）

guests-field-language = 首选语言

guests-field-title-zh = 职务（中文）

guests-field-title-ru = 职务（俄文）

guests-field-title-en = 职务（英文）

guests-field-honorific-zh = 称谓（中文）

guests-field-honorific-ru = 称谓（俄文）

guests-field-honorific-en = 称谓（英文）

guests-field-rank = 礼宾级别

guests-field-host = 主办方（主人）

guests-field-phone = 电话

guests-field-interpreter = 需要翻译成

guests-field-dietary = 饮食要求

guests-field-accessibility = 无障碍需求

guests-field-notes = 备注

guests-none = — 无 —

guests-new-organization = 新建单位…

guests-new-delegation = 新建代表团…

guests-name-in-zh = 中文名称

guests-name-in-ru = 俄文名称

guests-name-in-en = 英文名称

guests-status-note = 状态变更备注

guests-history = 邀请记录
guests-field-role = 身份
guests-role-delegate = 代表
guests-role-interpreter = 翻译
guests-role-staff = 工作人员（不排座）

guests-discard-confirm = 不保存就关闭吗？已输入的内容将会丢失。
guests-discard = 不保存

guests-compare = 比较…
guests-merge-title = 同一人的两条记录？
guests-merge-hint = 两条记录不一致处请选择要保留的值；只有一条记录填写的内容会自动保留。座位、发言安排和邀请记录都归入合并后的嘉宾。按 Ctrl+Z 可撤销合并。
guests-merge-field = 字段
# Variables:
#   $date (String) - when the record was added
guests-merge-added-by-hand = { $date }手动录入
# Variables:
#   $file (String) - the imported file
#   $date (String) - when it was imported
guests-merge-added-from = { $date }从 { $file } 导入
guests-merge-empty = 无
guests-merge-only-first = 仅第一条记录有
guests-merge-only-second = 仅第二条记录有
guests-merge-do = 合并为一位嘉宾
guests-merge-back = 返回列表
# Variables:
#   $count (Number) - fields in which the two records differ
guests-merge-differences =
    { $count ->
        [0] 没有不同
       *[other] { $count } 处不同
    }
