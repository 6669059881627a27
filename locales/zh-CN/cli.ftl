# Variables:
#   $file (String) - path of the new file
cli-created = 已创建 { $file }
# Variables:
#   $file (String) - path of the file
#   $version (Number) - schema version
#   $guests (Number) - number of guests
cli-check-ok = { $file }：文件完好，格式版本 { $version }，共 { $guests } 位嘉宾。
