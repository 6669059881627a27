seating-plan = Seating plan

# Variables:
#   $seated (Number) - seats taken
#   $seats (Number) - all seats
seating-seated = { $seated } of { $seats } seats taken

seating-auto = Seat automatically

seating-export-xlsx = Export (Excel)

seating-export-door = Door index (CSV)

seating-export-title = Save the seating list

seating-export-file-name = seating

seating-new-plan = New plan…

seating-unseated = To seat

seating-show-unconfirmed = Show guests not yet confirmed

seating-drag-hint = Drag a guest onto a seat, or press Enter on the guest and then on a seat.

seating-view-mode = View

seating-drawing = Plan

seating-list = List by table

seating-zoom-in = Zoom in

seating-zoom-out = Zoom out

seating-show-honour = Show honour ranks

# Variables:
#   $name (String) - the guest being placed
seating-picked = { $name }: choose a seat (Esc cancels)

seating-stage = Stage

seating-entrance = Entrance

# Variables:
#   $table (String) - table
#   $seat (Number) - seat number
#   $honour (Number) - honour rank
#   $guest (String) - who sits there
seating-seat-label = Table { $table }, seat { $seat }, honour { $honour }: { $guest }

seating-seat-empty = free

# Variables:
#   $table (String) - table label
seating-table = Table { $table }

# Variables:
#   $honour (Number) - honour rank
seating-honour-short = honour { $honour }

seating-locked = Locked: auto-seating keeps this guest here

seating-conflicts = To check

seating-no-conflicts = No conflicts.

seating-keys-hint = On a seat: Enter picks up or places a guest, Delete frees it, L locks it.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-seated-twice = { $guest } is seated twice.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-seat-twice = Two guests in one seat: { $guest } and { $other }.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-declined-seated = { $guest } declined but still has a seat.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-precedence = { $guest } sits below { $other }, who ranks lower.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
seating-conflict-no-interpreter = { $guest } needs an interpreter alongside.

# Variables:
#   $guest (String) - the guest
#   $other (String) - another guest
#   $count (Number) - empty seats
seating-conflict-empty-head-seat =
    { $count ->
        [one] A seat at the head table is empty.
       *[other] { $count } seats at the head table are empty.
    }

seating-template = Layout

seating-template-banquet = Banquet: round tables

seating-template-plenary = Plenary hall: rows with a centre aisle

seating-template-talks = Bilateral talks: one long table

seating-template-presidium = Presidium: one row facing the hall

seating-tables = Tables

seating-seats-per-table = Seats per table

seating-alternate = Alternate the sides at each table

seating-rows = Rows

seating-seats-per-row = Seats per row

seating-per-side = Seats per side

seating-seats = Seats

seating-plan-name = Name of the plan

seating-hall-zh = Room name in Chinese

seating-hall-ru = Room name in Russian

seating-hall-en = Room name in English

seating-create = Create
seating-fit = Fit
# Variables:
#   $position (Number) - place in precedence on the guest's side
#   $side (String) - host or guest
seating-why = { $side ->
        [host] Number { $position } in precedence on the host side.
       *[guest] Number { $position } in precedence among the visiting guests.
    }
seating-why-locked = Placed by hand (locked).
seating-table-label = Table name
seating-move-hint = Drag a table to move it; the tables are ranked again by their distance to the head table.
seating-pairs = Together or apart
# Variables:
#   $a (String) - a guest
#   $b (String) - another guest
seating-pair-together = { $a } next to { $b }
# Variables:
#   $a (String) - a guest
#   $b (String) - another guest
seating-pair-apart = { $a } not beside { $b }
seating-pair-remove = Remove
seating-pair-first = First guest…
seating-pair-second = Second guest…
seating-pair-kind = Rule
seating-pair-kind-together = sits next to
seating-pair-kind-apart = does not sit beside
seating-pair-add = Add
seating-door-index = Door index
seating-add-table = Add a table
seating-reserve-for = Hold these seats for
seating-reserve-none = — anyone —
seating-remove-table = Remove the table
# Variables:
#   $delegation (String) - the delegation
seating-reserved-for = Held for { $delegation }
# Variables:
#   $table (String) - table label
seating-remove-table-confirm = Remove table { $table } and free its seats?
seating-find-guest = Find a guest
# Variables:
#   $count (Number) - guests not shown
seating-more-guests =
    { $count ->
        [one] { $count } more guest: type to narrow the list.
       *[other] { $count } more guests: type to narrow the list.
    }
seating-session = Session or event
seating-session-none = — none —
seating-lock = Lock
seating-unlock = Unlock
seating-free-seat = Free the seat
seating-move-table = Move the table by half a metre
