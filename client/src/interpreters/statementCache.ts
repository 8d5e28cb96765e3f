import type { OpenedStatement, StatementsApi } from '../statements/statementsApi'

/** What the booth shows of a statement: text, a PDF's blob URL, or a DOCX made HTML and sanitized. */
export type ShownStatement = { kind: 'text'; text: string } | { kind: 'pdf'; url: string } | { kind: 'html'; html: string }

/**
 * The booth's statements, fetched once each and kept while they are on the
 * list: the speaker's and the next five are ready before their turn.
 * mammoth and DOMPurify load only with the first DOCX.
 */
export class StatementCache {
  private readonly loaded = new Map<string, Promise<ShownStatement>>()

  constructor(private readonly api: StatementsApi) {}

  get(statementId: string): Promise<ShownStatement> {
    let entry = this.loaded.get(statementId)
    if (!entry) {
      entry = this.api.open(statementId).then(toShown)
      // A failure is not kept: the next render asks again.
      entry.catch(() => this.loaded.delete(statementId))
      this.loaded.set(statementId, entry)
    }
    return entry
  }

  /** Fetches these ahead, and lets go of any other (a deleted or long-delivered statement). */
  keepOnly(statementIds: readonly string[]): void {
    const wanted = new Set(statementIds)
    for (const [id, entry] of this.loaded) {
      if (wanted.has(id)) continue
      this.loaded.delete(id)
      void entry.then((shown) => shown.kind === 'pdf' && URL.revokeObjectURL(shown.url), () => {})
    }
    for (const id of wanted) void this.get(id).catch(() => {})
  }
}

async function toShown(opened: OpenedStatement): Promise<ShownStatement> {
  if (opened.kind !== 'docx') return opened
  return { kind: 'html', html: await docxToHtml(opened.bytes) }
}

/** A DOCX as HTML (mammoth), then sanitized: no scripts, no event handlers, no `javascript:` links. */
export async function docxToHtml(bytes: ArrayBuffer): Promise<string> {
  const [{ default: mammoth }, { default: DOMPurify }] = await Promise.all([import('mammoth'), import('dompurify')])
  const { value } = await mammoth.convertToHtml({ arrayBuffer: bytes })
  return DOMPurify.sanitize(value, { FORBID_TAGS: ['style', 'form', 'input', 'iframe'], ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|data:image\/)/i })
}
