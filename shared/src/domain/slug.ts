/**
 * A slug of a name or a title: lower-case a-z, 0-9 and single dashes, accents
 * dropped, at most `max` characters ("Médecins Sans Frontières" →
 * "medecins-sans-frontieres"); empty when nothing of it is a letter or a digit.
 */
export function slugOf(text: string, max = 48): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
}

/** The slug, or `base-2`, `base-3`… until `taken` says no. */
export function freeSlugOf(base: string, taken: (slug: string) => boolean): string {
  let slug = base
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`
  return slug
}
