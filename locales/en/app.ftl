-brand-name = Forum Desk

# Variables:
#   $forum (String) - the forum's name in the interface language
app-window-title = { $forum } — { -brand-name }
app-window-title-empty = { -brand-name }
app-loading = Opening the forum…
app-dismiss = Dismiss
app-sidebar-label = Main sections
app-language-label = Interface language

lang-name-zh-cn = 中文
lang-name-ru = Русский
lang-name-en = English

nav-guests = Guests & invitations
nav-seating = Seating
nav-agenda = Agenda
nav-live = Live
nav-settings = Settings

menu-file = File
menu-file-new = New forum…
menu-file-open = Open forum…
menu-file-open-recent = Open recent
menu-file-recent-empty = No recent forums
menu-file-save-copy = Save a copy as…
menu-file-quit = Quit
menu-edit = Edit
menu-edit-undo = Undo
menu-edit-redo = Redo
# Variables:
#   $step (String) - the step Undo would undo, e.g. "seat Zhang Pingwen"
menu-edit-undo-step = Undo: { $step }
# Variables:
#   $step (String) - the step Redo would redo
menu-edit-redo-step = Redo: { $step }
menu-edit-cut = Cut
menu-edit-copy = Copy
menu-edit-paste = Paste
menu-edit-select-all = Select all
menu-view = View
menu-view-language = Language
menu-help = Help
menu-help-about = About { -brand-name }

dialog-forum-filter = { -brand-name } forum
dialog-new-title = Create a new forum
dialog-open-title = Open a forum
dialog-save-copy-title = Save a copy of the forum

# Variables:
#   $file (String) - path of the copy
app-copy-saved = A copy was saved to { $file }.

# Variables:
#   $count (Number) - number of sessions
agenda-session-count =
    { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }


seating-empty-title = No seating plans yet
seating-empty-body = Seating plans for the banquet, the plenary hall, the presidium and bilateral talks will appear here, with seats ranked by protocol.
live-empty-title = No session is running
live-empty-body = Live mode shows the current item with a large countdown, what comes next and the projected end of the session.

settings-title = Settings
settings-language = Interface language
settings-forum = Forum
settings-forum-name = Name
settings-file = File
settings-time-zone = Time zone
settings-dates = Dates
settings-venue = Venue
settings-honour-side = Honour side
settings-honour-side-right = Right of the host ranks first (international practice)
settings-honour-side-left = Left of the host ranks first (Chinese domestic practice)
settings-schema = File format version
settings-forum-new-title = New forum
settings-forum-edit-title = Forum details
settings-forum-edit = Edit the forum details…
settings-forum-new-hint = Fill in what you know now; everything can be changed later in Settings. The name is needed in at least one language.
settings-forum-create = Create…
settings-city = City
settings-first-day = First day
settings-last-day = Last day
settings-time-zone-find = Type a city or an offset such as UTC+3
# Variables:
#   $text (String) - what the user typed
settings-time-zone-none = No time zone matches “{ $text }”.
settings-host-delegation = Host delegation
settings-host-none = None
settings-host-new = New delegation…
settings-host-hint = Its members sit on the host side at every table.
settings-letters = Invitation letters
settings-signatory = Signed by
settings-signatory-name = Signatory’s name
settings-signatory-title = Signatory’s title
settings-signatory-hint = Left empty, the letters are signed by the organizing committee.
settings-reply-by = Reply by
settings-not-set = not set

app-cancel = Cancel

app-close = Close

app-save = Save

# Variables:
#   $step (String) - the step undone, as the Edit menu names it
app-undone = Undone: { $step }.

# Variables:
#   $step (String) - the step redone
app-redone = Redone: { $step }.

app-nothing-to-undo = Nothing to undo.

app-nothing-to-redo = Nothing to redo.

settings-delegations = Delegations
settings-delegations-hint = The order here is protocol order: it sorts lists and, later, seating.
settings-order = Order
settings-host-side = Host side
settings-move-up = Move up
settings-move-down = Move down
settings-organizations = Organizations
settings-organizations-filter = Find an organization
settings-country = Country
settings-saved = Saved.
agenda-none-title = No sessions yet
agenda-none-body = Days, sessions and their timed running orders will appear here.
agenda-column-time = Start
agenda-column-minutes = Min.
agenda-column-item = Item
agenda-column-speakers = Speakers
agenda-column-interpretation = Interpretation
# Variables:
#   $minutes (Number) - minutes over
agenda-overrun = { $minutes } min over the planned end
# Variables:
#   $a (String) - one session
#   $b (String) - the other
agenda-clash-hall = Same hall at the same time: { $a } and { $b }
# Variables:
#   $a (String) - one item
#   $b (String) - the other
agenda-clash-person = A speaker is expected in two places at once: { $a } and { $b }
settings-backups = Automatic backups
# Variables:
#   $dir (String) - the backup folder
settings-backups-where = Every ten minutes while the forum changes, to { $dir } (the newest five are kept).

app-usage = Forum Desk — guest lists, protocol seating and running orders for international forums.
    Usage: forum-desk [--data-dir DIR] [FILE.forum]
    FILE.forum — the forum to open (otherwise the last one, or the demo forum on first start).
    --data-dir DIR — where settings, backups and the demo forum are kept.
    --help, --version — this text; the version.
    The command-line tool is forum-desk-cli (forum-desk-cli --help).
# Variables:
#   $option (String) - the option given on the command line
app-unknown-option = forum-desk: unknown option { $option } (see forum-desk --help)

# Country names, by ISO code, for a delegation's country.
settings-country-cn = China
settings-country-ru = Russia
settings-country-kz = Kazakhstan
settings-country-by = Belarus
settings-country-mn = Mongolia
settings-country-uz = Uzbekistan
settings-country-kg = Kyrgyzstan
settings-country-in = India
settings-country-us = United States
settings-country-de = Germany
settings-country-fr = France
settings-country-gb = United Kingdom
settings-country-jp = Japan
settings-country-kr = Republic of Korea
