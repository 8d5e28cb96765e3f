import type { StatementContentType } from '@floor/shared'

/**
 * Whether a statement's bytes are what its `Content-Type` says (PROTOCOL.md
 * section 9): the header alone is only a claim. A PDF begins with `%PDF`; a
 * DOCX is a zip whose central directory names `word/document.xml` (read
 * from the directory's bytes, nothing unzipped); text is UTF-8 without NULs.
 */
export function bytesMatch(contentType: StatementContentType, body: Uint8Array): boolean {
  switch (contentType) {
    case 'application/pdf':
      return startsWith(body, [0x25, 0x50, 0x44, 0x46]) // %PDF
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return startsWith(body, [0x50, 0x4b, 0x03, 0x04]) && zipNames(body).includes('word/document.xml')
    case 'text/plain':
      return isUtf8Text(body)
  }
}

function startsWith(body: Uint8Array, prefix: readonly number[]): boolean {
  return body.length >= prefix.length && prefix.every((byte, i) => body[i] === byte)
}

function isUtf8Text(body: Uint8Array): boolean {
  if (body.includes(0)) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body)
    return true
  } catch {
    return false
  }
}

const endOfDirectory = 0x06054b50
const directoryEntry = 0x02014b50

/**
 * The names in a zip's central directory: found from the end-of-directory
 * record (within the last 64 KB and 22 bytes), each entry's name read where
 * the format puts it. A damaged or truncated zip gives what could be read.
 */
export function zipNames(body: Uint8Array): string[] {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength)
  const lowest = Math.max(0, body.length - 22 - 0xffff)
  let end = -1
  for (let at = body.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === endOfDirectory) {
      end = at
      break
    }
  }
  if (end < 0) return []
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const names: string[] = []
  const decoder = new TextDecoder()
  for (let i = 0; i < count && at + 46 <= body.length; i++) {
    if (view.getUint32(at, true) !== directoryEntry) break
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    if (at + 46 + nameLength > body.length) break
    names.push(decoder.decode(body.subarray(at + 46, at + 46 + nameLength)))
    at += 46 + nameLength + extraLength + commentLength
  }
  return names
}

/** A `Content-Disposition` that no filename can break: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._ -]/g, '_').slice(0, 200) || 'statement'
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
