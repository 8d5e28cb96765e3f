import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { Language } from '@floor/shared'
import { catalogues as pageCatalogues, type Catalogues } from './catalogues'

/**
 * The languages a screen may be drawn in now: `wanted` once all their
 * catalogues are here; meanwhile the languages drawn before (a switch from
 * French to Russian stays in French until Russian arrives, so one screen never
 * mixes two languages), or null on a first visit (the screen waits, drawing
 * nothing rather than English for a moment). Starts fetching what is missing.
 * If a catalogue cannot be fetched, the screen is drawn without it (English
 * where nothing else is here) rather than not at all.
 */
export function useLoadedLanguages(wanted: readonly Language[], catalogues: Catalogues = pageCatalogues): readonly Language[] | null {
  const key = wanted.join()
  const status = useSyncExternalStore(
    catalogues.subscribe,
    useCallback(() => catalogues.status(key.split(',') as Language[]), [catalogues, key]),
  )
  const [drawn, setDrawn] = useState<readonly Language[] | null>(status === 'loaded' ? wanted : null)
  if (status === 'loaded' && drawn?.join() !== key) setDrawn(wanted)

  useEffect(() => {
    if (status !== 'loading') return
    for (const language of key.split(',') as Language[]) {
      // A refusal is reported through the status; nothing more to do with it here.
      catalogues.load(language).catch(() => undefined)
    }
  }, [catalogues, key, status])

  if (status === 'loaded') return wanted
  if (status === 'failed' && !drawn) {
    const here = wanted.filter((language) => catalogues.get(language))
    return here.length > 0 ? here : ['en']
  }
  return drawn
}
