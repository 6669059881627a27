export-column-name = 姓名
export-column-family-han = 姓（中文）
export-column-given-han = 名（中文）
export-column-family-cyr = 姓（俄文）
export-column-given-cyr = 名（俄文）
export-column-patronymic = 父称
export-column-family-lat = 姓（英文）
export-column-given-lat = 名（英文）
export-column-gender = 性别
export-column-title-zh = 职务（中文）
export-column-title-ru = 职务（俄文）
export-column-title-en = 职务（英文）
export-column-organization = 单位
export-column-delegation = 代表团
export-column-rank = 级别
export-column-email = 电子邮件
export-column-phone = 电话
export-column-language = 语言
export-column-status = 状态
export-column-interpreter = 翻译
export-column-dietary = 饮食要求
export-column-accessibility = 无障碍需求
export-column-notes = 备注
field-name = 姓名
field-email = 电子邮件
field-columns = 列
field-merge = 合并
field-path = 文件路径

import-title = 导入嘉宾

import-intro = 合作方提供的 CSV 或 Excel 名单（中文、俄文或英文均可）：系统会自动识别编码、分隔符和各列，请在下方核对。点击“导入”之前不会写入任何内容；导入时要么全部写入，要么全部不写入。

import-path-label = 要导入的文件

import-path-placeholder = .csv 或 .xlsx 文件路径

import-choose = 选择文件…

import-preview = 预览

import-dialog-title = 选择要导入的嘉宾名单

import-file-filter = 表格（CSV、Excel）

# Variables:
#   $rows (Number) - data rows
#   $format (String) - CSV or XLSX
#   $encoding (String) - text encoding
#   $delimiter (String) - separator
import-facts = 共 { $rows } 行 · { $format } · 编码 { $encoding } · 分隔符 { $delimiter }

import-delimiter-tab = 制表符

# Variables:
#   $organizations (Number) - organizations to create
#   $delegations (Number) - delegations to create
import-new-records = 将新建 { $organizations } 个单位、{ $delegations } 个代表团

import-mapping = 列对应关系

# Variables:
#   $n (Number) - column number
import-column-n = 第 { $n } 列

import-skip = — 不导入 —

import-need-name = 请至少指定一个姓名列。

# Variables:
#   $errors (Number) - rows that block the import
#   $warnings (Number) - rows to check
import-issues = 问题：需修正 { $errors } 条，需核对 { $warnings } 条

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-missing-name = 第 { $row } 行：所有姓名列均为空。

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-bad-email = 第 { $row } 行，“{ $column }”列：“{ $value }”不是有效的电子邮件地址。

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-duplicate = 第 { $row } 行：{ $value } 可能与名单中已有的 { $other } 是同一人。

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-duplicate-in-file = 第 { $row } 行：{ $value } 可能与第 { $other } 行重复。

# Variables:
#   $shown (Number) - rows shown
#   $total (Number) - all rows
import-first-rows = 导入后的效果：显示 { $shown } / { $total } 行

import-row = 行

# Variables:
#   $add (Number) - rows to add as new guests
#   $update (Number) - guests to update
import-commit =
    { $update ->
        [0] 导入 { $add } 位嘉宾
       *[other] 导入：新增 { $add } 位，更新 { $update } 位
    }

# Variables:
#   $file (String) - the file
#   $count (Number) - new guests
#   $updated (Number) - guests that took details from the file
#   $skipped (Number) - rows left out
import-done = 已从 { $file } 导入：新增 { $count } 位，更新 { $updated } 位，跳过 { $skipped } 条。按 Ctrl+Z 可撤销整个导入。

import-field-full-name = 完整姓名

import-field-family = 姓

import-field-given = 名

import-field-patronymic = 父称

import-field-gender = 性别

import-field-honorific = 称谓

import-field-title = 职务

import-field-organization = 单位

import-field-delegation = 代表团

import-field-rank = 级别

import-field-email = 电子邮件

import-field-phone = 电话

import-field-language = 语言

import-field-status = 状态

import-field-interpreter = 翻译

import-field-dietary = 饮食要求

import-field-accessibility = 无障碍需求

import-field-notes = 备注

export-title = 导出嘉宾

export-format = 格式

export-format-xlsx = Excel（XLSX）

export-format-csv = CSV（UTF-8，可用 Excel 打开）

export-language = 表头和姓名的语言

export-semicolon = 用“;”分隔（俄文版 Excel）

export-sheet-per-delegation = 每个代表团一个工作表

export-columns = 列

export-save = 另存为…

export-dialog-title = 保存嘉宾名单

export-file-name = 嘉宾名单

# Variables:
#   $count (Number) - guests written
#   $file (String) - the file
export-done = 已将 { $count } 位嘉宾保存到 { $file }。
export-seating-sheet-tables = 按桌
export-seating-sheet-index = 入口座次索引
export-seating-table = 桌号
export-seating-seat = 座号
export-seating-honour = 位次
export-agenda-session = 场次
export-agenda-start = 开始
export-agenda-end = 结束
export-agenda-minutes = 分钟
export-agenda-item = 环节
export-agenda-speakers = 发言人
export-agenda-interpretation = 翻译
export-agenda-sheet = 流程
export-interpretation-none = 无
export-interpretation-simultaneous = 同声传译
export-interpretation-consecutive = 交替传译

# Variables:
#   $file (String) - the file
#   $count (Number) - rows in it
import-nothing-new = { $file } 中没有新内容：全部 { $count } 行都已在名单中。
import-all-known = 所有行都已在名单中且没有新内容：导入不会改变任何数据。
# Variables:
#   $count (Number) - rows that match a guest or an earlier row
import-matches = 已在名单中或重复：{ $count } 行
import-matches-hint = 请为每一行选择处理方式。完全重复的行将跳过；含有新信息的行将补全嘉宾缺少的内容。绿色的值将被写入；下方划掉的行不会导入。
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the name in the row
#   $other (String) - the guest already in the list
import-match-existing = 第 { $row } 行：{ $name }——名单中已有 { $other }
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the name in the row
#   $other (Number) - the earlier row
import-match-in-file = 第 { $row } 行：{ $name }——与第 { $other } 行重复
import-match-same = 没有新内容。
import-change-field = 字段
import-change-now = 现有
import-change-file = 文件中
import-decision-skip = 跳过
import-decision-new = 作为新嘉宾添加
import-decision-fill = 补全空白项
import-decision-replace = 采用文件中的值
import-change-family-han = 姓（汉字）
import-change-given-han = 名（汉字）
import-change-family-cyr = 姓（西里尔字母）
import-change-given-cyr = 名（西里尔字母）
import-change-patronymic-cyr = 父称
import-change-family-lat = 姓（拉丁字母）
import-change-given-lat = 名（拉丁字母）
import-change-title-zh = 职务（中文）
import-change-title-ru = 职务（俄文）
import-change-title-en = 职务（英文）
import-change-honorific-zh = 称谓（中文）
import-change-honorific-ru = 称谓（俄文）
import-change-honorific-en = 称谓（英文）
import-change-organization = 单位
import-change-delegation = 代表团
import-change-email = 电子邮箱
import-change-phone = 电话
import-change-gender = 性别
import-change-rank = 级别
import-change-status = 状态
import-change-language = 语言
import-change-interpreter = 翻译语种
import-change-dietary = 饮食要求
import-change-accessibility = 无障碍需求
import-change-notes = 备注

# A guest's language in an exported list, named in the export's language.
export-language-zh-cn = 中文
export-language-ru = 俄语
export-language-en = 英语

export-scope = 嘉宾
# Variables:
#   $count (Number) - guests in the forum
export-scope-all = 全部 { $count } 位嘉宾
# Variables:
#   $count (Number) - guests the list shows now
export-scope-filtered = 当前筛选结果（{ $count } 位）
# Variables:
#   $count (Number) - selected guests
export-scope-selected = 已选嘉宾（{ $count } 位）
