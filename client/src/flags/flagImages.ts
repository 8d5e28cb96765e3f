import { alpha2ByAlpha3 } from './alpha2ByAlpha3'

// Every flag is a file of its own among the built assets, served by Floor
// itself (a room network may have no internet) and cached for a year: a
// tablet downloads its own flag, not 180 kB of all of them.
const files = import.meta.glob<string>('../../../node_modules/country-flag-icons/3x2/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
})
const urlByCode: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [/([A-Z-]+)\.svg$/.exec(path)?.[1] ?? path, url]),
)

/** Organizations whose roster slug has a flag of their own. */
const flagBySlug: Readonly<Record<string, string>> = {
  eu: 'EU',
  'european-union': 'EU',
}

/** The flag code (alpha-2) for a roster id: alpha-3 for States, a slug for others; null for no flag. */
export function flagCodeOf(delegationId: string): string | null {
  const code = alpha2ByAlpha3[delegationId] ?? flagBySlug[delegationId] ?? null
  return code !== null && Object.hasOwn(urlByCode, code) ? code : null
}

/** The address of the flag's SVG among the built assets. */
export function flagUrl(code: string): string | null {
  return Object.hasOwn(urlByCode, code) ? (urlByCode[code] ?? null) : null
}

const minorWords = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'y', 'del', 'el'])

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** The characters a reader sees: an emoji with its modifiers, a letter with its accents, each one piece. */
export function graphemesOf(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (piece) => piece.segment)
}

/**
 * The letters on an organization's badge: an acronym written in its name
 * ("… (IOM)", "UNHCR"), otherwise the first character of each main word,
 * taken by grapheme so that an emoji or an accented letter stays whole.
 */
export function emblemLetters(name: string): string {
  const acronym = name.match(/\b[A-Z][A-Z0-9&-]{1,7}\b/)
  if (acronym) return acronym[0]
  const words = name.split(/[\s/-]+/).filter((word) => word.length > 0 && !minorWords.has(word.toLowerCase()))
  const initials = words.map((word) => (graphemesOf(word)[0] ?? '').toLocaleUpperCase())
  return initials.slice(0, 4).join('') || '?'
}
