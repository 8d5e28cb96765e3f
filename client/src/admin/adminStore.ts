import { createStore, type StoreApi } from 'zustand/vanilla'
import type { FieldIssue, MeetingLinks, MeetingSummary } from '@floor/shared'
import type { MessageKey, MessageValues } from '../i18n/translate'
import { defaultDraft, type SetupDraft } from './setupDraft'

/** A meeting just created: its links, to hand to its secretariat at once. */
export interface CreatedMeeting extends MeetingLinks {
  id: string
  title: string
}

/** A line under the form or the list: what an action came to. */
export interface AdminNotice {
  tone: 'done' | 'error'
  message: MessageKey
  values?: MessageValues
  /** Every wrong field of an imported file, `path: message`. */
  details?: string[]
}

/** A meeting's links as the page has them: loading, shown, or refused. */
export type LinksEntry = { status: 'loading' } | { status: 'shown'; links: MeetingLinks } | { status: 'error'; message: string }

/** The setup page's one store: the catalogue, the form, and what the last actions came to. */
export interface AdminState {
  /** Null until the list has arrived. */
  meetings: MeetingSummary[] | null
  listError: string | null
  draft: SetupDraft
  /** The form's wrong fields, by the setup's paths (`segments.0.endsAt`), from this page's check or the server's 400. */
  issues: FieldIssue[]
  creating: boolean
  formNotice: AdminNotice | null
  created: CreatedMeeting | null
  /** Links and QR codes opened, by meeting id. */
  links: Record<string, LinksEntry>
  /** The meeting whose archiving waits for a confirmation. */
  confirmingArchive: string | null
  /** Actions under way per meeting (`archive:id`, `export:id`). */
  busy: Record<string, true>
  listNotice: AdminNotice | null
  /** The server refused the admin token: the page goes back to signing in. */
  refused: boolean
}

export type AdminStore = StoreApi<AdminState>

export function createAdminStore(initial: Partial<AdminState> = {}): AdminStore {
  return createStore<AdminState>()(() => ({
    meetings: null,
    listError: null,
    draft: defaultDraft(),
    issues: [],
    creating: false,
    formNotice: null,
    created: null,
    links: {},
    confirmingArchive: null,
    busy: {},
    listNotice: null,
    refused: false,
    ...initial,
  }))
}

/** The issues of one field: its path exactly, or anything below it (`roster.3` has `roster.3.name`). */
export function issuesAt(issues: readonly FieldIssue[], path: string): FieldIssue[] {
  return issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`))
}

/** A field edited: its issues go, the others stay until the next check. */
export function editDraft(store: AdminStore, change: (draft: SetupDraft) => SetupDraft, paths: string[] = []): void {
  store.setState((state) => ({
    draft: change(state.draft),
    issues: paths.length === 0 ? state.issues : state.issues.filter((issue) => !paths.some((path) => issue.path === path || issue.path.startsWith(`${path}.`))),
    formNotice: state.formNotice?.tone === 'error' ? null : state.formNotice,
  }))
}
