# Variables:
#   $file (String) - path of the new file
cli-created = 已创建 { $file }
# Variables:
#   $file (String) - path of the file
#   $version (Number) - schema version
#   $guests (Number) - number of guests
cli-check-ok = { $file }：文件完好，格式版本 { $version }，共 { $guests } 位嘉宾。

# Variables:
#   $file (String) - the imported file
#   $count (Number) - new guests
#   $updated (Number) - guests already in the forum that took details from the file
#   $skipped (Number) - rows left out (already in the forum, or repeated)
#   $organizations (Number) - organizations created
#   $delegations (Number) - delegations created
cli-import-done = 已从 { $file } 导入：新增嘉宾 { $count } 位，更新 { $updated } 位，跳过已有的 { $skipped } 条；新建单位 { $organizations } 个，新建代表团 { $delegations } 个。
# Variables:
#   $file (String) - the checked file
#   $count (Number) - new guests
#   $updated (Number) - guests already in the forum that took details from the file
#   $skipped (Number) - rows left out (already in the forum, or repeated)
#   $organizations (Number) - organizations created
#   $delegations (Number) - delegations created
cli-import-dry-run = 已检查 { $file }：新增嘉宾 { $count } 位，更新 { $updated } 位，跳过已有的 { $skipped } 条；将新建单位 { $organizations } 个、代表团 { $delegations } 个。未写入任何内容。
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the guest's name
#   $other (String) - the guest already in the forum
cli-import-issue-duplicate = 第 { $row } 行：{ $name } 可能与论坛中已有的 { $other } 是同一人。
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the guest's name
#   $other (String) - the earlier row
cli-import-issue-duplicate-in-file = 第 { $row } 行：{ $name } 可能与第 { $other } 行重复。
# Variables:
#   $file (String) - the written file
#   $count (Number) - guests written
cli-exported = 已将 { $count } 位嘉宾写入 { $file }。

# Variables:
#   $table (String) - table label
#   $seat (Number) - seat number
#   $honour (Number) - honour rank at the table
#   $guest (String) - who sits there
cli-seat-line = { $table } 号桌 { $seat } 号座（位次 { $honour }）：{ $guest }
# Variables:
#   $seated (Number) - seats taken
#   $seats (Number) - all seats
#   $conflicts (Number) - conflicts to check
cli-seat-summary = 已安排 { $seated } / { $seats } 个座位；{ $conflicts ->
        [0] 无冲突。
       *[other] 有 { $conflicts } 处冲突需核对。
    }
# Variables:
#   $file (String) - the written file
#   $count (Number) - how many
cli-exported-events = 已将 { $count } 个日程写入 { $file }。
# Variables:
#   $file (String) - the written file
#   $count (Number) - how many
cli-exported-items = 已将 { $count } 个环节写入 { $file }。
# Variables:
#   $count (Number) - pages written
#   $file (String) - the PDF
cli-exported-pages = 已将 { $count } 页写入 { $file }。
