## Printed documents (PDF)

doc-table = 桌
doc-seat = 座
doc-guest = 嘉宾
doc-by-table = 按桌次的嘉宾名单
doc-index = 嘉宾索引
doc-stage = 主席台
doc-entrance = 入口
# Variables:
#   $page (Number) - this page
#   $total (Number) - pages in all
doc-page-of = 第 { $page } 页，共 { $total } 页
doc-column-cues = 提示与备注
doc-category-host = 主办方
doc-category-vip = 贵宾
doc-category-delegate = 代表
doc-category-interpreter = 翻译
doc-category-staff = 工作人员
doc-kind-place-cards = 桌签
doc-kind-badges = 胸卡
doc-kind-seating = 座次图
doc-kind-agenda = 会议流程
doc-kind-letters = 邀请函
doc-letter-body =
    谨代表组委会，诚挚邀请您出席于[dates]在[venue]举行的[forum]。
    论坛汇聚政府、高校和企业的领导者，共同推动科技创新合作。您的出席将为论坛的成功作出重要贡献。
    敬请拨冗确认出席，不胜感激。
# Variables:
#   $gender (String) - male, female or other
#   $name (String) - the guest's full name
#   $family (String) - the family name
#   $honorific (String) - e.g. 院士, or “none”
doc-letter-salutation =
    尊敬的{ $name }{ $honorific ->
        [none]
            { $gender ->
                [male] 先生
                [female] 女士
               *[other] {""}
            }
       *[other] { $honorific }
    }：
# Two lines: 此致 indented by two characters, then 敬礼！ at the margin.
# Variables:
#   $date (String) - the reply-by date, as letters write it
doc-letter-reply-by = 敬请于{ $date }前回复是否出席。
doc-letter-closing =
    { "　　" }此致
    敬礼！
# Variables:
#   $forum (String) - the forum's name
doc-letter-signature = { $forum }组委会
doc-save-title = 将文档保存为 PDF
doc-print = 打印…
doc-dialog-title = 打印文档
doc-which = 文档
doc-letters-language-hint = 每封邀请函使用该嘉宾的语言。
doc-paper = 纸张
doc-paper-letter = 美式信纸（Letter）
doc-plan = 座次方案
doc-session = 会议
doc-all-sessions = 全部会议
doc-letter-texts = 各语言的邀请函正文
doc-letter-placeholders = [forum]、[dates]、[city]、[venue]、[name]、[title] 和 [organization] 会替换为每位嘉宾的信息；每行为一个段落。称呼自动置于开头。
doc-letter-texts-save = 保存邀请函正文
# Variables:
#   $count (Number) - pages in the document
#   $shown (Number) - pages shown here
doc-page-count = 共 { $count } 页{ $shown ->
        [0] {""}
       *[other] （显示前 { $shown } 页）
    }
# Variables:
#   $page (String) - the page number
doc-page-alt = 第 { $page } 页
doc-save = 保存 PDF…
# Variables:
#   $pages (Number) - pages written
#   $file (String) - the file
doc-saved = 已将 { $pages } 页保存到 { $file }。

doc-scope-confirmed = 已确认的嘉宾
doc-scope-all = 所有未谢绝的嘉宾
