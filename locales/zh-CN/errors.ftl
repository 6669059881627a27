# Variables:
#   $file (String) - path of the file
error-not-a-forum = { $file } 不是 { -brand-name } 论坛文件。文件未被改动。
# Variables:
#   $file (String) - path of the file
#   $found (Number) - schema version of the file
#   $supported (Number) - newest schema version this app reads
error-newer-version = { $file } 由更新版本的 { -brand-name } 保存（文件格式 { $found }；本版本最高可读 { $supported }）。请升级 { -brand-name } 后再打开。文件未被改动。
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what SQLite reported
error-corrupt = { $file } 已损坏，无法打开（{ $reason }）。文件未被改动，请改为打开它的备份。
# Variables:
#   $file (String) - path of the file
error-file-not-found = 找不到文件：{ $file }
# Variables:
#   $file (String) - path of the file
error-already-exists = { $file } 已存在，请换一个文件名。
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what the system reported
error-io = 无法读写 { $file }：{ $reason }
# Variables:
#   $field (String) - name of the field
#   $value (String) - the value given
error-invalid-value = 字段“{ $field }”的值无效：“{ $value }”。
# Variables:
#   $value (String) - the language given
error-unknown-language = 未知语言“{ $value }”。请使用 zh-CN、ru 或 en。
# Variables:
#   $value (String) - the time zone given
error-unknown-time-zone = 未知时区“{ $value }”。请使用 Asia/Shanghai 或 Europe/Moscow 这样的名称。
error-no-forum-open = 尚未打开论坛。请先新建或打开一个论坛。
# Variables:
#   $what (String) - kind of record
#   $id (String) - its id
error-not-found = 该记录已不存在（{ $what } { $id }）。
# Variables:
#   $reason (String) - what SQLite reported
error-database = 无法读写论坛文件：{ $reason }
# Variables:
#   $detail (String) - technical detail
error-unknown = 出现错误：{ $detail }
# Variables:
#   $file (String) - path of the file
#   $reason (String) - what went wrong
error-unreadable-table = 无法将 { $file } 读取为表格（CSV 或 Excel）：{ $reason }。未导入任何内容。
# Variables:
#   $file (String) - path of the file
error-empty-table = { $file } 中没有可导入的行。
# Variables:
#   $file (String) - path of the file
error-no-name-column = { $file } 中没有任何一列包含姓名。请在预览中指定姓名列。未导入任何内容。
# Variables:
#   $file (String) - path of the file
#   $row (Number) - row number in the file
#   $column (String) - column header
#   $value (String) - the cell
error-row-missing-name = { $file }，第 { $row } 行：所有姓名列均为空。未导入任何内容。
# Variables:
#   $file (String) - path of the file
#   $row (Number) - row number in the file
#   $column (String) - column header
#   $value (String) - the cell
error-row-bad-email = { $file }，第 { $row } 行，“{ $column }”列：“{ $value }”不是有效的电子邮件地址。未导入任何内容。
error-missing-title = 请至少用一种语言填写标题。未保存任何内容。
error-missing-name = 请至少用一种文字填写嘉宾姓名：汉字、西里尔字母或拉丁字母。未保存任何内容。
error-missing-forum-name = 请至少用一种语言填写论坛名称。未保存任何内容。
error-missing-delegation-name = 请至少用一种语言填写代表团名称。未保存任何内容。
error-dates-out-of-order = 论坛的结束日期早于开始日期。未保存任何内容。
error-reply-after-start = 回复截止日期晚于论坛开幕：嘉宾须在开幕前答复。未保存任何内容。
# Variables:
#   $value (String) - the local time given
#   $zone (String) - the forum's time zone
error-nonexistent-time = { $zone } 时区不存在时间 { $value }（该时刻调整时钟）。请选择其他时间。未保存任何内容。
error-live-not-running = 当前没有正在进行的会议。
error-live-empty-session = 该会议还没有议程条目。请先添加条目。
# Variables:
#   $files (String) - the font files
#   $dirs (String) - where they were looked for
error-fonts-missing = 在 { $dirs } 中找不到文档字体（{ $files }）。请重新运行“make run”或重新安装 { -brand-name }。未写入任何内容。
# Variables:
#   $reason (String) - what the layout engine reported
error-document = 无法排版该文档：{ $reason }。未写入任何内容。
# Variables:
#   $chars (String) - the characters
error-missing-glyphs = 文档中的 { $chars } 会显示为空白方框：内置字体不含这些字符。请修改相关文字（姓名、职务）后重试。未写入任何内容。
