import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Language } from '@floor/shared'
import { createCatalogues, type CataloguePart } from '../../../client/src/i18n/catalogues'
import type { Messages } from '../../../client/src/i18n/translate'
import { useLoadedLanguages } from '../../../client/src/i18n/useLoadedLanguages'

type Strings = Partial<Messages>
type Other = Exclude<Language, 'en'>

/** A network the test answers by hand, part by part, counting each fetch as `part:language`. */
function slowNetwork() {
  const waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void }>()
  const fetched: string[] = []
  const partOf = (name: string, en: Strings, text: (language: Other) => Strings): CataloguePart => {
    const loader = (language: Other) => () => {
      fetched.push(`${name}:${language}`)
      return new Promise<Strings>((resolve, reject) =>
        waiting.set(`${name}:${language}`, { resolve: () => resolve(text(language)), reject }),
      )
    }
    return { name, en, others: { fr: loader('fr'), es: loader('es'), ar: loader('ar'), zh: loader('zh'), ru: loader('ru') } }
  }
  const base = partOf('base', { 'app.name': 'Floor' }, (language) => ({ 'app.name': `Floor (${language})` }))
  const chair = partOf('chair', { 'chair.app': 'Floor · Chair' }, (language) => ({ 'chair.app': `Chair (${language})` }))
  const settle = async (key: string, how: 'resolve' | 'reject') => {
    await act(async () => {
      const fetch = waiting.get(key)!
      if (how === 'resolve') fetch.resolve()
      else fetch.reject(new Error('offline'))
    })
  }
  return {
    catalogues: createCatalogues(base),
    chair,
    fetched,
    arrive: (key: string) => settle(key, 'resolve'),
    fail: (key: string) => settle(key, 'reject'),
  }
}

describe('catalogues fetched when a screen needs them', () => {
  it('has English from the start and fetches another language once, however often it is asked for', async () => {
    const network = slowNetwork()
    expect(network.catalogues.status(['en'])).toBe('loaded')
    expect(network.catalogues.status(['en', 'fr'])).toBe('loading')
    const first = network.catalogues.load('fr')
    const second = network.catalogues.load('fr')
    await network.arrive('base:fr')
    await Promise.all([first, second])
    expect(network.fetched).toEqual(['base:fr'])
    expect(network.catalogues.get('fr')?.['app.name']).toBe('Floor (fr)')
    expect(network.catalogues.status(['en', 'fr'])).toBe('loaded')
  })

  it('adds a screen’s own part: its English at once, its other languages with the rest', async () => {
    const network = slowNetwork()
    const french = network.catalogues.load('fr')
    await network.arrive('base:fr')
    await french
    network.catalogues.add(network.chair)
    expect(network.catalogues.get('en')).toEqual({ 'app.name': 'Floor', 'chair.app': 'Floor · Chair' })
    expect(network.catalogues.status(['en'])).toBe('loaded')
    expect(network.catalogues.status(['fr'])).toBe('loading')
    const rest = network.catalogues.load('fr')
    await network.arrive('chair:fr')
    await rest
    expect(network.fetched).toEqual(['base:fr', 'chair:fr'])
    expect(network.catalogues.get('fr')).toEqual({ 'app.name': 'Floor (fr)', 'chair.app': 'Chair (fr)' })
  })

  it('tries a refused fetch again on the next call', async () => {
    const network = slowNetwork()
    const refused = expect(network.catalogues.load('ru')).rejects.toThrow('offline')
    await network.fail('base:ru')
    await refused
    expect(network.catalogues.status(['ru'])).toBe('failed')
    const again = network.catalogues.load('ru')
    expect(network.catalogues.status(['ru'])).toBe('loading')
    await network.arrive('base:ru')
    await again
    expect(network.fetched).toEqual(['base:ru', 'base:ru'])
  })
})

describe('a screen’s languages while their catalogues come', () => {
  it('draws nothing on a first visit in French until French is here, then French', async () => {
    const network = slowNetwork()
    const { result } = renderHook(() => useLoadedLanguages(['fr'], network.catalogues))
    expect(result.current).toBeNull()
    expect(network.fetched).toEqual(['base:fr'])
    await network.arrive('base:fr')
    expect(result.current).toEqual(['fr'])
  })

  it('stays in French while Russian is on its way, then switches at once', async () => {
    const network = slowNetwork()
    const { result, rerender } = renderHook(({ language }) => useLoadedLanguages([language], network.catalogues), {
      initialProps: { language: 'fr' as Language },
    })
    await network.arrive('base:fr')
    rerender({ language: 'ru' })
    expect(result.current).toEqual(['fr'])
    await network.arrive('base:ru')
    expect(result.current).toEqual(['ru'])
  })

  it('waits for both languages of a bilingual display', async () => {
    const network = slowNetwork()
    const { result } = renderHook(() => useLoadedLanguages(['ar', 'en'], network.catalogues))
    expect(result.current).toBeNull()
    await network.arrive('base:ar')
    expect(result.current).toEqual(['ar', 'en'])
  })

  it('falls back to what is here (English at least) when a catalogue cannot be fetched', async () => {
    const network = slowNetwork()
    const { result } = renderHook(() => useLoadedLanguages(['zh', 'en'], network.catalogues))
    await network.fail('base:zh')
    expect(result.current).toEqual(['en'])
    const alone = renderHook(() => useLoadedLanguages(['zh'], network.catalogues))
    expect(alone.result.current).toEqual(['en'])
  })
})
