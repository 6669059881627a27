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
