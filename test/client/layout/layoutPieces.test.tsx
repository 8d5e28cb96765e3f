import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Flag } from '../../../client/src/flags/Flag'
import { emblemLetters, graphemesOf } from '../../../client/src/flags/flagImages'
import { queueOf } from '../../support/room'
import { openChair } from '../chair/support/chairScreen'
import { tabletOf } from '../delegate/support/tablet'

const root = join(import.meta.dirname, '../../..')
const source = (path: string) => readFileSync(join(root, path), 'utf8')

beforeEach(() => window.sessionStorage.clear())
afterEach(() => vi.useRealTimers())

const list = () => screen.getByRole('list', { name: 'List of speakers' })

describe('badge initials', () => {
  it('takes each word’s first character by grapheme, so an emoji or an accented letter stays whole', () => {
    expect(emblemLetters('👨‍👩‍👧 Families United')).toBe('👨‍👩‍👧FU')
    expect(emblemLetters('🇺🇳 Youth Network')).toBe('🇺🇳YN')
    expect(emblemLetters('e\u0301lan solidaire')).toBe('E\u0301S')
    expect(emblemLetters('Médecins Sans Frontières')).toBe('MSF')
    expect(graphemesOf('👩🏽‍⚕️ab')).toEqual(['👩🏽‍⚕️', 'a', 'b'])
  })

  it('counts a badge’s length in graphemes, and never shows half a character', () => {
    const { container } = render(<Flag delegationId="families" name="👨‍👩‍👧 Families United" category="stakeholder" />)
    const letters = container.querySelector('.flag__letters')!
    expect(letters.textContent).toBe('👨‍👩‍👧FU')
    expect(letters.getAttribute('data-length')).toBe('3')
    expect(letters.textContent).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })
})

describe('the chair’s list', () => {
  it('labels its columns, the seat among them, and says "Seat" to a screen reader in each row', async () => {
    await openChair(queueOf('MEX', 'msf'))
    const labels = list().querySelector('.queue__columns')!
    expect(labels).toHaveAttribute('aria-hidden', 'true')
    expect([...labels.querySelectorAll('.queue__column')].map((label) => label.textContent)).toEqual(['No.', 'Delegation', 'Seat', 'Expected'])
    const [mexico] = within(list()).getAllByRole('listitem')
    expect(mexico!.querySelector('.queue-row__seat')).toHaveTextContent(/^Seat \w+$/)
  })

  it('isolates each name in its own direction', async () => {
    await openChair(queueOf('MEX', 'msf'))
    const names = within(list())
      .getAllByRole('listitem')
      .map((row) => row.querySelector('.queue-row__name > bdi')?.textContent)
    expect(names).toEqual(['Mexico', 'Médecins Sans Frontières'])
  })

  it('shows a placard already on the list as a warning, not as a success', async () => {
    const shown = await openChair(queueOf('MEX'))
    await shown.user.type(screen.getByRole('combobox', { name: /Find a delegation/ }), 'mex')
    await shown.user.keyboard('{Enter}')
    const warning = screen.getByText('Mexico was already on the list.')
    expect(warning).toHaveClass('notice--warning')
    expect(warning).not.toHaveClass('notice--done')

    await shown.user.type(screen.getByRole('combobox', { name: /Find a delegation/ }), 'Switzerland')
    await shown.user.keyboard('{Enter}')
    expect(screen.getByText('Switzerland added to the list.')).toHaveClass('notice--done')
  })

  it('gives titles their own direction, so an English title in the Arabic console is cut at its end', async () => {
    await openChair(queueOf('MEX'))
    const title = document.querySelector('.chair-header__segment')!
    expect(title).toHaveAttribute('dir', 'auto')
    expect(title.textContent).toMatch(/^Panel 1/)
    for (const name of document.querySelectorAll('.programme__name')) expect(name).toHaveAttribute('dir', 'auto')
  })
})

describe('the printed list of speakers', () => {
  it('has a heading with the meeting, the segment and its hours, and the time', async () => {
    await openChair(queueOf('MEX'))
    const heading = document.querySelector('.print-heading')!
    expect(heading.querySelector('.print-heading__meeting')?.textContent).not.toBe('')
    expect(heading.querySelector('.print-heading__segment')).toHaveTextContent(/^Panel 1.*\d{1,2}:\d{2}–\d{1,2}:\d{2}$/)
    expect(heading.querySelector('.print-heading__time')).toHaveTextContent(/^As of \d{1,2}:\d{2}, \w+/)
  })

  it('prints the Floor page’s list, and the tablets sheet only from the Tablets page', () => {
    const print = source('client/src/chair/console/print.css')
    expect(print).toMatch(/@media print/)
    expect(print).toMatch(/\.chair\[data-page='console'\] > :not\(\.console\)/)
    const tablets = source('client/src/chair/tablets/tablets.css')
    // The rule that hid everything but the sheet applies to the Tablets page alone.
    expect(tablets).not.toMatch(/^\s*\.chair > :not\(\.tablets\)/m)
    expect(tablets).toMatch(/\.chair\[data-page='tablets'\] > :not\(\.tablets\)/)
  })
})

describe('the tablet', () => {
  it('shows the delegation’s name in its own direction', async () => {
    await tabletOf(queueOf('MEX'), 'MEX')
    expect(screen.getByRole('heading', { level: 1, name: 'Mexico' })).toHaveAttribute('dir', 'auto')
  })
})

describe('the page’s icon', () => {
  it('is an SVG of the client’s own, linked from index.html: nothing from the internet', () => {
    expect(source('client/index.html')).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg" />')
    const icon = source('client/public/favicon.svg')
    expect(icon).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(icon).not.toMatch(/href=|url\(/)
  })
})
