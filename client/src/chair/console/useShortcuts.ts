import { useEffect } from 'react'
import { useChairSession } from '../state/ChairContext'
import { addTime, advance, endFloor, toggleTimer, undoLast } from '../state/chairCommands'
import { dismissNotice } from '../state/chairStore'

/** The element ids the shortcuts move focus to. */
export const placardInputId = 'chair-placard-input'
export const listSelector = '[data-row-handle][tabindex="0"]'

/** Text is typed here: letters are letters, not shortcuts. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type)
  }
  return false
}

/** Ctrl+Z, or ⌘Z on a Mac; not with Shift (redo) or Alt. */
function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z'
}

/** Space already means something here (press a button, pick up a row). */
function ownsSpace(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target === document.body || target === document.documentElement) return false
  return isTextField(target) || target.closest('button, a[href], summary, [role="button"], [role="option"], [role="radio"], input, select') !== null
}

/**
 * The console's keyboard map, active while the console page shows:
 * N (or Space when no control has focus) Next · P pause/resume · E end ·
 * + / − thirty seconds more or less · / placards · L the list · Esc closes a notice ·
 * Ctrl+Z (⌘Z) undoes the last Next, Floor, End, Remove or Move (not while typing, where it undoes the typing).
 */
export function useShortcuts(active: boolean): void {
  const session = useChairSession()
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (isUndoKey(event) && !event.defaultPrevented && !isTextField(event.target) && !session.store.getState().dragging) {
        event.preventDefault()
        if (!event.repeat) void undoLast(session)
        return
      }
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (session.store.getState().dragging) return
      if (event.key === 'Escape') {
        if (session.store.getState().notice) dismissNotice(session.store)
        return
      }
      if (isTextField(event.target)) return
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
      // Holding a key down must not advance the list again once the first `state` is in.
      if (event.repeat && (key === 'n' || key === ' ' || key === 'e' || key === 'p')) {
        if (key === ' ' && !ownsSpace(event.target)) event.preventDefault()
        return
      }
      const act = (action: () => unknown) => {
        event.preventDefault()
        void action()
      }
      switch (key) {
        case 'n':
          return act(() => advance(session))
        case ' ':
          if (!ownsSpace(event.target)) act(() => advance(session))
          return
        case 'p':
          return act(() => toggleTimer(session))
        case 'e':
          return act(() => endFloor(session))
        case '+':
        case '=':
          return act(() => addTime(session, 30))
        case '-':
        case '_':
          return act(() => addTime(session, -30))
        case '/':
          return act(() => document.getElementById(placardInputId)?.focus())
        case 'l':
          return act(() => document.querySelector<HTMLElement>(listSelector)?.focus())
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [active, session])
}
