import { fieldIssues, MeetingSetup } from '@floor/shared'
import { AdminApiError, type AdminApi } from './adminApi'
import type { AdminState, AdminStore } from './adminStore'
import { defaultDraft, draftFromSetup, setupFromDraft } from './setupDraft'
import { saveFile } from '../net/saveFile'

/** What a refused call does to the page: a refused token signs out, anything else is a message. */
function failure(store: AdminStore, error: unknown): string {
  if (error instanceof AdminApiError && error.kind === 'unauthorized') store.setState({ refused: true })
  return error instanceof Error ? error.message : String(error)
}

function setBusy(store: AdminStore, key: string, on: boolean): void {
  store.setState((state) => {
    const busy = { ...state.busy }
    if (on) busy[key] = true
    else delete busy[key]
    return { busy }
  })
}

export async function loadMeetings(store: AdminStore, api: AdminApi): Promise<void> {
  try {
    store.setState({ meetings: await api.listMeetings(), listError: null })
  } catch (error) {
    store.setState({ listError: failure(store, error) })
  }
}

/**
 * Checks the form as the server would (the same schema, the same paths) and
 * sends it; a 400's issues land beside their fields, a 409 beside the id.
 */
export async function createMeeting(store: AdminStore, api: AdminApi): Promise<boolean> {
  const { draft, creating } = store.getState()
  if (creating) return false
  const built = setupFromDraft(draft)
  if (!built.ok) return refuse(store, built.issues)
  const checked = MeetingSetup.safeParse(built.setup)
  if (!checked.success) return refuse(store, fieldIssues(checked.error))

  store.setState({ creating: true, formNotice: null, issues: [] })
  const outcome = await api.createMeeting(checked.data)
  if (outcome.ok) {
    store.setState({
      creating: false,
      created: { ...outcome.created, title: checked.data.title },
      draft: defaultDraft(draft.timeZone),
      formNotice: { tone: 'done', message: 'admin.create.done', values: { title: checked.data.title } },
    })
    await loadMeetings(store, api)
    return true
  }
  const patch: Partial<AdminState> = { creating: false }
  if (outcome.kind === 'invalid') {
    patch.issues = outcome.issues
    patch.formNotice = { tone: 'error', message: 'admin.create.invalid', values: { count: outcome.issues.length } }
  } else if (outcome.kind === 'conflict') {
    patch.issues = [{ path: 'id', message: outcome.message }]
    patch.formNotice = { tone: 'error', message: 'admin.create.conflict' }
  } else {
    if (outcome.kind === 'unauthorized') patch.refused = true
    patch.formNotice = { tone: 'error', message: 'admin.create.failed', values: { message: outcome.message } }
  }
  store.setState(patch)
  return false
}

function refuse(store: AdminStore, issues: AdminState['issues']): false {
  store.setState({ issues, formNotice: { tone: 'error', message: 'admin.create.invalid', values: { count: issues.length } } })
  return false
}

/** A `MeetingSetup` file read into the form, to check and create; a file that is not one changes nothing. */
export function importSetup(store: AdminStore, fileName: string, text: string): boolean {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    store.setState({ formNotice: { tone: 'error', message: 'admin.import.notJson', values: { file: fileName } } })
    return false
  }
  const parsed = MeetingSetup.safeParse(json)
  if (!parsed.success) {
    const details = fieldIssues(parsed.error).map((issue) => `${issue.path || 'setup'}: ${issue.message}`)
    store.setState({ formNotice: { tone: 'error', message: 'admin.import.invalid', values: { file: fileName }, details } })
    return false
  }
  store.setState({
    draft: draftFromSetup(parsed.data),
    issues: [],
    formNotice: { tone: 'done', message: 'admin.import.done', values: { file: fileName } },
  })
  return true
}

export function resetForm(store: AdminStore): void {
  store.setState((state) => ({ draft: defaultDraft(state.draft.timeZone), issues: [], formNotice: null }))
}

/** Opens or closes a meeting's links and QR codes; the links are fetched once. */
export async function toggleLinks(store: AdminStore, api: AdminApi, id: string): Promise<void> {
  const current = store.getState().links[id]
  if (current && current.status !== 'error') {
    store.setState((state) => {
      const links = { ...state.links }
      delete links[id]
      return { links }
    })
    return
  }
  store.setState((state) => ({ links: { ...state.links, [id]: { status: 'loading' } } }))
  try {
    const links = await api.links(id)
    store.setState((state) => ({ links: { ...state.links, [id]: { status: 'shown', links } } }))
  } catch (error) {
    const message = failure(store, error)
    store.setState((state) => ({ links: { ...state.links, [id]: { status: 'error', message } } }))
  }
}

export async function exportSetup(store: AdminStore, api: AdminApi, id: string): Promise<void> {
  setBusy(store, `export:${id}`, true)
  try {
    saveFile(await api.setupFile(id), `${id}-setup.json`)
    store.setState({ listNotice: { tone: 'done', message: 'admin.export.done', values: { file: `${id}-setup.json` } } })
  } catch (error) {
    store.setState({ listNotice: { tone: 'error', message: 'admin.export.failed', values: { message: failure(store, error) } } })
  } finally {
    setBusy(store, `export:${id}`, false)
  }
}

export function askToArchive(store: AdminStore, id: string | null): void {
  store.setState({ confirmingArchive: id })
}

export async function archiveMeeting(store: AdminStore, api: AdminApi, id: string): Promise<void> {
  setBusy(store, `archive:${id}`, true)
  try {
    await api.archive(id)
    const title = store.getState().meetings?.find((m) => m.id === id)?.title ?? id
    store.setState({ confirmingArchive: null, listNotice: { tone: 'done', message: 'admin.archive.done', values: { title } } })
    await loadMeetings(store, api)
  } catch (error) {
    store.setState({ listNotice: { tone: 'error', message: 'admin.archive.failed', values: { message: failure(store, error) } } })
  } finally {
    setBusy(store, `archive:${id}`, false)
  }
}
