import * as svgByCode from 'country-flag-icons/string/3x2'
import { alpha2ByAlpha3 } from './alpha2ByAlpha3'

// All flags come with the bundle (about 180 kB of SVG, 47 kB gzipped): a room
// network may have no internet, and a flag must never pop in late on the display.
const svgs: Readonly<Record<string, string | undefined>> = svgByCode

/** Organizations whose roster slug has a flag of their own. */
const flagBySlug: Readonly<Record<string, string>> = {
  eu: 'EU',
  'european-union': 'EU',
}

/** The flag code (alpha-2) for a roster id: alpha-3 for States, a slug for others; null for no flag. */
export function flagCodeOf(delegationId: string): string | null {
  const code = alpha2ByAlpha3[delegationId] ?? flagBySlug[delegationId] ?? null
  return code !== null && svgs[code] ? code : null
}

const urls = new Map<string, string>()

/** A data: URL of the flag's SVG, made once per code. */
export function flagUrl(code: string): string | null {
  const cached = urls.get(code)
  if (cached) return cached
  const svg = svgs[code]
  if (!svg) return null
  const url = `data:image/svg+xml,${encodeURIComponent(svg)}`
  urls.set(code, url)
  return url
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
