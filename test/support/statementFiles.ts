/** Files a delegation might attach, built in memory: a text, a "PDF", a DOCX-shaped zip. */

export const textType = 'text/plain'
export const pdfType = 'application/pdf'
export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export const mexicoText =
  'Statement by Mexico\n\nThank you, co-facilitators. Mexico welcomes this session on the human rights of all migrants.\n'

export function textFile(text = mexicoText): Uint8Array {
  return new TextEncoder().encode(text)
}

/** Starts as a PDF does; enough for the server, which reads the first bytes only. */
export function pdfFile(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
}

/**
 * A zip holding these names, stored without compression: local headers, the
 * central directory, its end record. CRCs are left at 0: nothing unzips it.
 */
export function zipFile(entries: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder()
  const locals: number[] = []
  const directory: number[] = []
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff]
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff]
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = [...encoder.encode(name)]
    const data = [...encoder.encode(content)]
    const offset = locals.length
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0), ...nameBytes, ...data)
    directory.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes)
  }
  const count = Object.keys(entries).length
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(directory.length), ...u32(locals.length), ...u16(0)]
  return Uint8Array.from([...locals, ...directory, ...end])
}

export function docxFile(): Uint8Array {
  return zipFile({
    '[Content_Types].xml': '<Types/>',
    'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>Statement by Switzerland</w:t></w:r></w:p></w:body></w:document>',
  })
}
