## Agenda editor

agenda-new-session = New session
agenda-edit-session = Edit session
agenda-title-zh = Title in Chinese
agenda-title-ru = Title in Russian
agenda-title-en = Title in English
agenda-session-kind = Kind of session
agenda-session-kind-opening = Opening ceremony
agenda-session-kind-plenary = Plenary
agenda-session-kind-panel = Panel
agenda-session-kind-signing = Signing ceremony
agenda-session-kind-banquet = Banquet
agenda-session-kind-break = Break
agenda-session-kind-press = Press conference
agenda-session-kind-talks = Talks
agenda-date = Date
# Variables:
#   $zone (String) - the forum's time zone
agenda-start-time = Start ({ $zone })
agenda-hall = Hall
agenda-hall-none = No hall
agenda-hall-new = New hall…
agenda-planned-minutes = Planned length, minutes
agenda-moderator = Moderator
agenda-new-item = New item
agenda-edit-item = Edit item
agenda-item-kind = Kind of item
agenda-item-kind-speech = Speech
agenda-item-kind-video = Video greeting
agenda-item-kind-panel = Panel discussion
agenda-item-kind-signing = Signing
agenda-item-kind-qa = Q&A
agenda-item-kind-break = Break
agenda-item-kind-photo = Photo session
agenda-item-kind-performance = Performance
agenda-language = Language spoken
agenda-language-none = —
agenda-interpretation = Interpretation
agenda-speaking-minutes = Speaking time, minutes
agenda-total-by-hand = Set the whole slot by hand
agenda-total-minutes = Whole slot, minutes
# Variables:
#   $minutes (Number) - the slot with interpretation
agenda-slot =
    Slot with interpretation: { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
agenda-speakers = Speakers
agenda-moderators = Moderators
agenda-stage-notes = Cues for the stage and moderator
agenda-tech-notes = Notes for technicians
# Variables:
#   $name (String) - the guest's name
agenda-remove-person = Remove { $name }
agenda-find-guest = Type a name in any script…
agenda-export = Export…
agenda-export-title = Export the agenda
agenda-format-ics = Calendar (iCalendar .ics)
agenda-export-scope = Events
agenda-export-whole-forum = The whole forum
# Variables:
#   $count (Number) - events written
#   $file (String) - the file
agenda-export-done-ics =
    Saved { $count ->
        [one] { $count } event
       *[other] { $count } events
    } to { $file }. Importing it again updates the same events.
# Variables:
#   $count (Number) - items written
#   $file (String) - the file
agenda-export-done =
    Saved { $count ->
        [one] { $count } item
       *[other] { $count } items
    } to { $file }.
agenda-keys-hint = Drag ⠿ or press Alt+↑/↓ to reorder; Enter edits, Insert adds below, Delete removes. Ctrl+Z undoes.
# Variables:
#   $name (String) - the moderator's name
agenda-moderated-by = moderator: { $name }
agenda-run-live = Run live
agenda-edit = Edit
agenda-delete = Delete
agenda-column-order = Order
agenda-column-actions = Actions
agenda-drag-hint = Drag to reorder
agenda-actual-start = Actual start
agenda-insert-below = Insert an item below
agenda-delete-item = Delete the item
agenda-add-item = Add an item
agenda-item-deleted = Item deleted. Ctrl+Z brings it back.
agenda-session-deleted = Session deleted. Ctrl+Z brings it back.
export-agenda-file-name = agenda
field-minutes = Minutes
field-total-minutes = Whole slot, minutes
field-planned-minutes = Planned length, minutes
field-start = Start

## Live mode

# Variables:
#   $count (Number) - items in the session
live-item-count =
    { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
# Variables:
#   $index (Number) - the current item
#   $count (Number) - items in the session
live-position = Item { $index } of { $count }
live-now = Now
live-paused = Paused
# Variables:
#   $time (String) - how long over, MM:SS
live-overrun = Over time by { $time }
live-remaining = remaining
# Variables:
#   $time (String) - MM:SS
live-elapsed = elapsed { $time }
# Variables:
#   $time (String) - MM:SS
live-slot = slot { $time }
# Variables:
#   $count (Number) - minutes
live-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
# Variables:
#   $time (String) - when the session ended
live-finished = The session ended at { $time }.
live-next = Next up
live-next-none = Nothing — this is the last item.
# Variables:
#   $time (String) - projected end
#   $planned (String) - planned end
live-projected-end = Projected end { $time } (planned { $planned })
live-on-time = on time
# Variables:
#   $minutes (Number) - minutes late
live-late =
    { $minutes ->
        [one] { $minutes } minute late
       *[other] { $minutes } minutes late
    }
# Variables:
#   $minutes (Number) - minutes early
live-early =
    { $minutes ->
        [one] { $minutes } minute early
       *[other] { $minutes } minutes early
    }
live-controls = Live controls
live-previous = Previous
live-resume = Resume
live-pause = Pause
live-key-space = Space
live-next-item = Next
live-minute-short = min
live-stage-window = Stage window
live-full-screen = Full screen
live-exit-full-screen = Leave full screen
live-stop = Stop
live-running = A session is running
live-stage-overrun = Time is up
live-stage-finished = Thank you
live-stage-waiting = Waiting for the session to start
live-stage-window-title = Forum Desk — stage
live-rehearsal = rehearsal: the plan is counted from this run's start
agenda-spoken-zh-cn = Chinese
agenda-spoken-ru = Russian
agenda-spoken-en = English

live-stop-confirm = Stop running this session? The times recorded so far stay in the agenda.
live-stop-rehearsal-confirm = Stop the rehearsal? The times it recorded are cleared from the agenda, so the real session starts afresh.
live-stop-rehearsal = Stop and clear the times
