/**
 * RFC 4180 records from CSV text: comma-separated fields, fields in double
 * quotes may hold commas, line breaks and doubled quotes (""). Lines may end in
 * CRLF, LF or a lone CR, as spreadsheets on every system write them.
 *
 * Anything that breaks the structure (a quote left open, text after a closing
 * quote, a quote inside an unquoted field) makes the whole text unreadable: a
 * registration list with one of those is likely shifted from that point on, so
 * no row of it can be trusted.
 */

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number
  fields: string[]
}

export type CsvRecords = { ok: true; records: CsvRecord[] } | { ok: false; error: string }

export function csvRecords(text: string): CsvRecords {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let quotedSince = 0 // line where the open quoted field started; 0 when none is open
  let afterQuote = false // the current field was quoted and its closing quote has been read
  let i = 0

  const endField = () => {
    fields.push(field)
    field = ''
    afterQuote = false
  }
  const endRecord = () => {
    endField()
    records.push({ line: recordLine, fields })
    fields = []
  }

  while (i < text.length) {
    const c = text[i] as string
    if (quotedSince > 0) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (c === '"') {
        quotedSince = 0
        afterQuote = true
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1
        field += c
      }
      i += 1
      continue
    }
    if (c === ',') {
      endField()
    } else if (c === '\r' || c === '\n') {
      endRecord()
      if (c === '\r' && text[i + 1] === '\n') i += 1
      line += 1
      recordLine = line
    } else if (afterQuote && (c === ' ' || c === '\t')) {
      // Spaces between a closing quote and the comma carry nothing.
    } else if (afterQuote) {
      return { ok: false, error: `Line ${line}: text after a closing quote; a quote inside a field must be doubled ("").` }
    } else if (c === '"') {
      if (field.trim() !== '') {
        return { ok: false, error: `Line ${line}: a quote inside an unquoted field; quote the whole field and double the quote.` }
      }
      field = ''
      quotedSince = line
    } else {
      field += c
    }
    i += 1
  }
  if (quotedSince > 0) return { ok: false, error: `Line ${quotedSince}: a quoted field is never closed.` }
  // The last line usually ends with a line break, which leaves nothing to close.
  if (field !== '' || fields.length > 0 || afterQuote) endRecord()
  return { ok: true, records }
}
