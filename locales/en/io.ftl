export-column-name = Name
export-column-family-han = Family name (Chinese)
export-column-given-han = Given name (Chinese)
export-column-family-cyr = Family name (Russian)
export-column-given-cyr = Given name (Russian)
export-column-patronymic = Patronymic
export-column-family-lat = Family name (Latin)
export-column-given-lat = Given name (Latin)
export-column-gender = Gender
export-column-title-zh = Title (Chinese)
export-column-title-ru = Title (Russian)
export-column-title-en = Title (English)
export-column-organization = Organization
export-column-delegation = Delegation
export-column-rank = Rank
export-column-email = E-mail
export-column-phone = Phone
export-column-language = Language
export-column-status = Status
export-column-interpreter = Interpreter
export-column-dietary = Dietary needs
export-column-accessibility = Accessibility
export-column-notes = Notes
field-name = Name
field-email = E-mail
field-columns = Columns
field-merge = Merge
field-path = File path

import-title = Import guests

import-intro = A CSV or Excel list from a partner, in Chinese, Russian or English: the encoding, separator and columns are recognized; check them below. Nothing is written until you press Import, and then every row or none.

import-path-label = File to import

import-path-placeholder = Path of a .csv or .xlsx file

import-choose = Choose file…

import-preview = Preview

import-dialog-title = Choose a guest list to import

import-file-filter = Tables (CSV, Excel)

# Variables:
#   $rows (Number) - data rows
#   $format (String) - CSV or XLSX
#   $encoding (String) - text encoding
#   $delimiter (String) - separator
import-facts =
    { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } · { $format } · encoding { $encoding } · separator { $delimiter }

import-delimiter-tab = tab

# Variables:
#   $organizations (Number) - organizations to create
#   $delegations (Number) - delegations to create
import-new-records = new: { $organizations ->
        [one] { $organizations } organization
       *[other] { $organizations } organizations
    }, { $delegations ->
        [one] { $delegations } delegation
       *[other] { $delegations } delegations
    }

import-mapping = Columns

# Variables:
#   $n (Number) - column number
import-column-n = Column { $n }

import-skip = — leave out —

import-need-name = Choose at least one column with a name.

# Variables:
#   $errors (Number) - rows that block the import
#   $warnings (Number) - rows to check
import-issues = Problems: { $errors } to fix, { $warnings } to check

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-missing-name = Row { $row }: no name in any name column.

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-bad-email = Row { $row }, column “{ $column }”: “{ $value }” is not an e-mail address.

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-duplicate = Row { $row }: { $value } is likely { $other }, already in the list.

# Variables:
#   $row (Number) - row
#   $column (String) - column
#   $value (String) - cell
#   $other (String) - the other guest or row
import-issue-duplicate-in-file = Row { $row }: { $value } likely repeats row { $other }.

# Variables:
#   $shown (Number) - rows shown
#   $total (Number) - all rows
import-first-rows = As they will be stored: { $shown } of { $total }

import-row = Row

# Variables:
#   $add (Number) - rows to add as new guests
#   $update (Number) - guests to update
import-commit =
    { $update ->
        [0] Import { $add ->
            [one] { $add } guest
           *[other] { $add } guests
        }
       *[other] Import: { $add } new, { $update } to update
    }

# Variables:
#   $file (String) - the file
#   $count (Number) - new guests
#   $updated (Number) - guests that took details from the file
#   $skipped (Number) - rows left out
import-done =
    From { $file }: { $count ->
        [one] { $count } new guest
       *[other] { $count } new guests
    }, { $updated } updated, { $skipped } left out. Ctrl+Z undoes the whole import.

import-field-full-name = Full name

import-field-family = Family name

import-field-given = Given name

import-field-patronymic = Patronymic

import-field-gender = Gender

import-field-honorific = Honorific

import-field-title = Title

import-field-organization = Organization

import-field-delegation = Delegation

import-field-rank = Rank

import-field-email = E-mail

import-field-phone = Phone

import-field-language = Language

import-field-status = Status

import-field-interpreter = Interpreter

import-field-dietary = Dietary needs

import-field-accessibility = Accessibility

import-field-notes = Notes

export-title = Export guests

export-format = Format

export-format-xlsx = Excel (XLSX)

export-format-csv = CSV (UTF-8, opens in Excel)

export-language = Language of headers and names

export-semicolon = Separate with “;” (Russian Excel)

export-sheet-per-delegation = A sheet per delegation

export-columns = Columns

export-save = Save as…

export-dialog-title = Save the guest list

export-file-name = guests

# Variables:
#   $count (Number) - guests written
#   $file (String) - the file
export-done =
    Saved { $count ->
        [one] { $count } guest
       *[other] { $count } guests
    } to { $file }.
export-seating-sheet-tables = By table
export-seating-sheet-index = Door index
export-seating-table = Table
export-seating-seat = Seat
export-seating-honour = Honour
export-agenda-session = Session
export-agenda-start = Start
export-agenda-end = End
export-agenda-minutes = Minutes
export-agenda-item = Item
export-agenda-speakers = Speakers
export-agenda-interpretation = Interpretation
export-agenda-sheet = Running order
export-interpretation-none = none
export-interpretation-simultaneous = simultaneous
export-interpretation-consecutive = consecutive

# Variables:
#   $file (String) - the file
#   $count (Number) - rows in it
import-nothing-new =
    Nothing new in { $file }: { $count ->
        [one] its one row is
       *[other] all { $count } rows are
    } already in the list.
import-all-known = Every row is already in the list with nothing new: importing would change nothing.
# Variables:
#   $count (Number) - rows that match a guest or an earlier row
import-matches = Already in the list or repeated: { $count }
import-matches-hint = Choose what to do with each row. An exact repeat is skipped; a row with new details fills in what the guest lacks. Values in green will be written; rows struck through below are left out.
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the name in the row
#   $other (String) - the guest already in the list
import-match-existing = Row { $row }: { $name } — in the list as { $other }
# Variables:
#   $row (Number) - row in the file
#   $name (String) - the name in the row
#   $other (Number) - the earlier row
import-match-in-file = Row { $row }: { $name } — repeats row { $other }
import-match-same = Nothing new.
import-change-field = Field
import-change-now = Now
import-change-file = In the file
import-decision-skip = Skip
import-decision-new = Add as a new guest
import-decision-fill = Fill in empty fields
import-decision-replace = Take the file’s values
import-change-family-han = Family name (Chinese characters)
import-change-given-han = Given name (Chinese characters)
import-change-family-cyr = Family name (Cyrillic)
import-change-given-cyr = Given name (Cyrillic)
import-change-patronymic-cyr = Patronymic
import-change-family-lat = Family name (Latin)
import-change-given-lat = Given name (Latin)
import-change-title-zh = Title (Chinese)
import-change-title-ru = Title (Russian)
import-change-title-en = Title (English)
import-change-honorific-zh = Honorific (Chinese)
import-change-honorific-ru = Honorific (Russian)
import-change-honorific-en = Honorific (English)
import-change-organization = Organization
import-change-delegation = Delegation
import-change-email = E-mail
import-change-phone = Phone
import-change-gender = Gender
import-change-rank = Rank
import-change-status = Status
import-change-language = Language
import-change-interpreter = Interpreter
import-change-dietary = Dietary needs
import-change-accessibility = Accessibility
import-change-notes = Notes

# A guest's language in an exported list, named in the export's language.
export-language-zh-cn = Chinese
export-language-ru = Russian
export-language-en = English

export-scope = Guests
# Variables:
#   $count (Number) - guests in the forum
export-scope-all =
    All { $count ->
        [one] { $count } guest
       *[other] { $count } guests
    }
# Variables:
#   $count (Number) - guests the list shows now
export-scope-filtered = As the list is filtered now ({ $count })
# Variables:
#   $count (Number) - selected guests
export-scope-selected = The selected guests ({ $count })
