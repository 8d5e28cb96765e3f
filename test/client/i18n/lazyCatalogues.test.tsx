import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Language } from '@floor/shared'
import { createCatalogues, type CatalogueLoaders } from '../../../client/src/i18n/catalogues'
import type { Messages } from '../../../client/src/i18n/translate'
import { useLoadedLanguages } from '../../../client/src/i18n/useLoadedLanguages'

/** Loaders the test answers by hand, as a slow network would, counting each fetch. */
function slowNetwork() {
  const waiting = new Map<Language, { resolve: (messages: Messages) => void; reject: (error: Error) => void }>()
  const fetched: Language[] = []
  const loader = (language: Language) => () => {
    fetched.push(language)
    return new Promise<Messages>((resolve, reject) => waiting.set(language, { resolve, reject }))
  }
  const loaders: CatalogueLoaders = { fr: loader('fr'), es: loader('es'), ar: loader('ar'), zh: loader('zh'), ru: loader('ru') }
  const catalogue = (language: Language) => ({ 'app.name': `Floor (${language})` }) as unknown as Messages
  return {
    catalogues: createCatalogues(loaders),
    fetched,
    async arrive(language: Language) {
      await act(async () => waiting.get(language)!.resolve(catalogue(language)))
    },
    async fail(language: Language) {
      await act(async () => waiting.get(language)!.reject(new Error('offline')))
    },
  }
}

describe('catalogues fetched when a screen needs them', () => {
  it('has English from the start and fetches another language once, however often it is asked for', async () => {
    const network = slowNetwork()
    expect(network.catalogues.status(['en'])).toBe('loaded')
    expect(network.catalogues.status(['en', 'fr'])).toBe('loading')
    const first = network.catalogues.load('fr')
    const second = network.catalogues.load('fr')
    await network.arrive('fr')
    expect(await first).toBe(await second)
    expect(network.fetched).toEqual(['fr'])
    expect(network.catalogues.get('fr')?.['app.name']).toBe('Floor (fr)')
    expect(network.catalogues.status(['en', 'fr'])).toBe('loaded')
  })

  it('tries a refused fetch again on the next call', async () => {
    const network = slowNetwork()
    const refused = expect(network.catalogues.load('ru')).rejects.toThrow('offline')
    await network.fail('ru')
    await refused
    expect(network.catalogues.status(['ru'])).toBe('failed')
    const again = network.catalogues.load('ru')
    expect(network.catalogues.status(['ru'])).toBe('loading')
    await network.arrive('ru')
    await again
    expect(network.fetched).toEqual(['ru', 'ru'])
  })
})

describe('a screen’s languages while their catalogues come', () => {
  it('draws nothing on a first visit in French until French is here, then French', async () => {
    const network = slowNetwork()
    const { result } = renderHook(() => useLoadedLanguages(['fr'], network.catalogues))
    expect(result.current).toBeNull()
    expect(network.fetched).toEqual(['fr'])
    await network.arrive('fr')
    expect(result.current).toEqual(['fr'])
  })

  it('stays in French while Russian is on its way, then switches at once', async () => {
    const network = slowNetwork()
    const { result, rerender } = renderHook(({ language }) => useLoadedLanguages([language], network.catalogues), {
      initialProps: { language: 'fr' as Language },
    })
    await network.arrive('fr')
    rerender({ language: 'ru' })
    expect(result.current).toEqual(['fr'])
    await network.arrive('ru')
    expect(result.current).toEqual(['ru'])
  })

  it('waits for both languages of a bilingual display', async () => {
    const network = slowNetwork()
    const { result } = renderHook(() => useLoadedLanguages(['ar', 'en'], network.catalogues))
    expect(result.current).toBeNull()
    await network.arrive('ar')
    expect(result.current).toEqual(['ar', 'en'])
  })

  it('falls back to what is here (English at least) when a catalogue cannot be fetched', async () => {
    const network = slowNetwork()
    const { result } = renderHook(() => useLoadedLanguages(['zh', 'en'], network.catalogues))
    await network.fail('zh')
    expect(result.current).toEqual(['en'])
    const alone = renderHook(() => useLoadedLanguages(['zh'], network.catalogues))
    expect(alone.result.current).toEqual(['en'])
  })
})
