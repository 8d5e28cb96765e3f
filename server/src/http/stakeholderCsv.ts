import { CsvError, parse } from 'csv-parse/sync'
import { setupLimits, type Category, type Delegation } from '@floor/shared'

/**
 * The chair's import of a stakeholder registration list (name, organization,
 * category). Bad rows are reported with their line and skipped, the good ones
 * kept; a file whose structure cannot be read returns `ok: false` so that
 * nothing of it is added.
 */

export interface StakeholderRow {
  /** 1-based line of the file on which the row starts. */
  line: number
  /** The registered person. */
  name: string
  /** The organization, which is the delegation on the roster. */
  organization: string
  category: Category
}

export interface RowError {
  line: number
  message: string
}

export type StakeholderCsv =
  | { ok: true; rows: StakeholderRow[]; errors: RowError[] }
  | { ok: false; error: string }

/** The longest text a field may hold: the roster's limit on a delegation's name. */
const maxFieldLength = 200
/** About a megabyte: a registration list of thousands of rows is far below it. */
const maxCsvLength = 1_000_000
/** Rows one import may hold: a roster has at most this many delegations (`setupLimits.roster`). */
export const maxImportRows = setupLimits.roster

const columns = ['name', 'organization', 'category'] as const
type Column = (typeof columns)[number]
const headerAliases: Record<string, Column> = { organisation: 'organization' }

/**
 * The categories a registration list may give, as written in the file after
 * trimming and lower-casing (spaces and underscores read as hyphens). An empty
 * cell is a stakeholder: that is what the list registers. States are not
 * imported: they are on the roster already and need their ISO code.
 */
const categoryWords: Record<string, Category> = {
  '': 'stakeholder',
  stakeholder: 'stakeholder',
  ngo: 'stakeholder',
  'civil-society': 'stakeholder',
  academia: 'stakeholder',
  'private-sector': 'stakeholder',
  igo: 'igo',
  'un-entity': 'un-entity',
}

export function parseStakeholderCsv(text: string): StakeholderCsv {
  if (text.length > maxCsvLength) return { ok: false, error: `The file is larger than ${maxCsvLength} characters.` }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  // NUL, other control characters and U+FFFD (what invalid UTF-8 decodes to) mean this is no text file.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/.test(body)) {
    return { ok: false, error: 'This is not a text CSV file.' }
  }
  const parsed = csvRecords(body)
  if (!parsed.ok) return parsed
  const records = parsed.records.filter((record) => !isBlank(record))
  const [header, ...data] = records
  if (!header) return { ok: false, error: 'The file is empty: it needs a header row name,organization,category.' }
  const positions = headerPositions(header)
  if (!positions.ok) return positions
  if (data.length > maxImportRows) {
    return { ok: false, error: `The file has ${data.length} rows; an import takes at most ${maxImportRows}. Split it in parts.` }
  }
  const rows: StakeholderRow[] = []
  const errors: RowError[] = []
  for (const record of data) {
    const row = readRow(record, positions.at, header.fields.length)
    if ('message' in row) errors.push(row)
    else rows.push(row)
  }
  return { ok: true, rows, errors }
}

interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number
  fields: string[]
}

/**
 * The records of the text, each with the line it starts on. Anything that
 * breaks the structure (a quote left open, text after a closing quote, a quote
 * inside an unquoted field) makes the whole text unreadable: a registration
 * list with one of those is likely shifted from that point on, so no row of it
 * can be trusted.
 */
function csvRecords(text: string): { ok: true; records: CsvRecord[] } | { ok: false; error: string } {
  // Spreadsheets end lines in CRLF, LF or a lone CR; one kind makes the parser's line count true.
  const source = Buffer.from(text.replace(/\r\n?/g, '\n'))
  const records: CsvRecord[] = []
  try {
    parse(source, {
      relax_column_count: true, // a row with too many fields is one bad row, reported by readRow
      trim: true, // spaces around a quoted field carry nothing
      record_delimiter: '\n',
      on_record: (fields, info) => {
        // The parser counts lines up to the record's end; a quoted line break moves its start back.
        const breaks = fields.reduce((sum, field) => sum + field.split('\n').length - 1, 0)
        records.push({ line: info.lines - breaks, fields })
        return null
      },
    })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    return { ok: false, error: structureError(error, source) }
  }
  return { ok: true, records }
}

function structureError(error: CsvError, source: Buffer): string {
  const line = typeof error.lines === 'number' ? error.lines : 0
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      // The parser reports the end of the file; the quote opened after the last comma or line break it passed.
      const opened = typeof error.bytes === 'number' ? lineAt(source, error.bytes) : line
      return `Line ${opened}: a quoted field is never closed.`
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `Line ${line}: text after a closing quote; a quote inside a field must be doubled ("").`
    case 'INVALID_OPENING_QUOTE':
      return `Line ${line}: a quote inside an unquoted field; quote the whole field and double the quote.`
    default:
      return `Line ${line}: this line cannot be read as CSV.`
  }
}

/** The 1-based line of a byte offset in text whose lines end in LF. */
function lineAt(source: Buffer, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < source.length; i += 1) if (source[i] === 0x0a) line += 1
  return line
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === '')
}

type HeaderPositions = { ok: true; at: Record<Column, number> } | { ok: false; error: string }

function headerPositions(header: CsvRecord): HeaderPositions {
  const at: Partial<Record<Column, number>> = {}
  for (const [index, raw] of header.fields.entries()) {
    const word = raw.trim().toLowerCase()
    const column = headerAliases[word] ?? columns.find((c) => c === word)
    if (column === undefined) continue // other columns (email, country...) are allowed and ignored
    if (at[column] !== undefined) return { ok: false, error: `Line ${header.line}: the column "${column}" appears twice.` }
    at[column] = index
  }
  const missing = columns.filter((column) => at[column] === undefined)
  if (missing.length > 0) {
    const hint = header.fields.some((field) => field.includes(';')) ? ' Separate the columns with commas, not semicolons.' : ''
    return {
      ok: false,
      error: `Line ${header.line}: the header must name the columns name, organization and category; missing: ${missing.join(', ')}.${hint}`,
    }
  }
  return { ok: true, at: { name: at.name ?? 0, organization: at.organization ?? 0, category: at.category ?? 0 } }
}

function readRow(record: CsvRecord, at: Record<Column, number>, width: number): StakeholderRow | RowError {
  const { line, fields } = record
  if (fields.length > width) {
    return { line, message: `${fields.length} fields where the header has ${width}; quote a field that holds a comma.` }
  }
  // A line break or a run of spaces inside a cell is one space on a placard.
  const cell = (column: Column) => (fields[at[column]] ?? '').replace(/\s+/g, ' ').trim()
  const name = cell('name')
  const organization = cell('organization')
  const categoryText = cell('category')
  if (name === '') return { line, message: 'The name is missing.' }
  if (organization === '') return { line, message: 'The organization is missing.' }
  for (const [column, value] of [['name', name], ['organization', organization]] as const) {
    if (value.length > maxFieldLength) {
      return { line, message: `The ${column} is longer than ${maxFieldLength} characters.` }
    }
  }
  const category = categoryWords[categoryText.toLowerCase().replace(/[\s_]+/g, '-')]
  if (category === undefined) {
    return {
      line,
      message: `Unknown category "${categoryText.slice(0, 40)}": use stakeholder, igo or un-entity (States are on the roster already).`,
    }
  }
  return { line, name, organization, category }
}

/** What `add-delegation` needs for a row: the organization is the delegation. */
function delegationFromRow(row: StakeholderRow): { name: string; category: Category } {
  return { name: row.organization, category: row.category }
}

/**
 * The delegations to add for a whole list: one per organization, however many
 * of its people registered, leaving out organizations the roster already has
 * under their name or acronym (compared without regard to case, accents or
 * spacing), so "UNHCR" in a list does not add a second UNHCR.
 */
export function delegationsToAdd(
  rows: readonly StakeholderRow[],
  roster: readonly Pick<Delegation, 'name' | 'acronym'>[],
): Array<{ name: string; category: Category }> {
  const seen = new Set(
    roster.flatMap((delegation) => [delegation.name, delegation.acronym ?? delegation.name]).map(sameNameKey),
  )
  const toAdd: Array<{ name: string; category: Category }> = []
  for (const row of rows) {
    const key = sameNameKey(row.organization)
    if (seen.has(key)) continue
    seen.add(key)
    toAdd.push(delegationFromRow(row))
  }
  return toAdd
}

function sameNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
