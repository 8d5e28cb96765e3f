import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { MeetingDocument } from '@floor/shared'
import { languages } from '../../../client/src/i18n/languages'
import { delegateAr } from '../../../client/src/i18n/messages/delegate/ar'
import { delegateEn } from '../../../client/src/i18n/messages/delegate/en'
import { delegateEs } from '../../../client/src/i18n/messages/delegate/es'
import { delegateFr } from '../../../client/src/i18n/messages/delegate/fr'
import { delegateRu } from '../../../client/src/i18n/messages/delegate/ru'
import { delegateZh } from '../../../client/src/i18n/messages/delegate/zh'
import { queueOf } from '../../support/room'
import { smallMeeting, smallRoster } from '../../support/smallMeeting'
import { MemoryStorage, tabletOf } from './support/tablet'

const meeting: MeetingDocument = {
  ...smallMeeting,
  delegations: smallRoster.map((d) =>
    d.id === 'MEX'
      ? { ...d, names: { fr: 'Mexique', es: 'México', ar: 'المكسيك', zh: '墨西哥', ru: 'Мексика' } }
      : d,
  ),
}

async function choose(language: string): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByRole('combobox', { name: /Language|Langue|اللغة|Idioma|语言|Язык/ }), {
      target: { value: language },
    })
  })
}

describe('the tablet’s language', () => {
  it('switches to Arabic, right to left, names and all, and remembers it on the device', async () => {
    const storage = new MemoryStorage()
    const room = queueOf('CHE', 'TUR', 'MEX')
    const first = await tabletOf(room, 'MEX', { storage, meeting })
    await choose('ar')
    expect(document.documentElement).toHaveAttribute('lang', 'ar')
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    expect(first.container.querySelector('.tablet')).toHaveAttribute('dir', 'rtl')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('المكسيك')
    expect(screen.getByText('الثالث')).toBeVisible()
    expect(screen.getByText('في قائمة المتكلمين')).toBeVisible()
    expect(screen.getByRole('button', { name: 'سحب الطلب' })).toBeVisible()
    expect(document.querySelector('[data-announcer=polite]')).toHaveTextContent('ترتيبكم الثالث في قائمة المتكلمين.')
    expect(storage.getItem('floor.delegate.language')).toBe('ar')

    // The browser is closed and opened again: the tablet comes back in Arabic.
    first.unmount()
    await tabletOf(room, 'MEX', { storage, meeting })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('المكسيك')
    expect(screen.getByRole('combobox')).toHaveValue('ar')
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
  })

  it('goes back to left to right, with each language’s ordinals', async () => {
    const room = queueOf('CHE', 'TUR', 'MEX')
    await tabletOf(room, 'MEX', { storage: new MemoryStorage(), meeting })
    await choose('ar')
    await choose('fr')
    expect(document.documentElement).toHaveAttribute('dir', 'ltr')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mexique')
    expect(screen.getByText('3e')).toBeVisible()
    expect(screen.getByText('Prévu vers 10:36')).toBeVisible()
    await choose('zh')
    expect(screen.getByText('第3位')).toBeVisible()
    await choose('ru')
    expect(screen.getByText('3-й')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Снять заявку' })).toBeVisible()
    await choose('es')
    expect(screen.getByText('3.º')).toBeVisible()
  })

  it('offers the six UN languages, each named in itself', async () => {
    await tabletOf(queueOf('CHE'), 'MEX', { storage: new MemoryStorage() })
    const options = screen.getAllByRole('option').map((option) => [option.getAttribute('value'), option.textContent])
    expect(options).toEqual([
      ['en', 'English'],
      ['fr', 'Français'],
      ['es', 'Español'],
      ['ar', 'العربية'],
      ['zh', '中文'],
      ['ru', 'Русский'],
    ])
    expect(languages).toHaveLength(6)
  })
})

describe('the tablet’s catalogues', () => {
  it('translate every string of the tablet into all six languages', () => {
    const keys = Object.keys(delegateEn).sort()
    for (const catalogue of [delegateFr, delegateEs, delegateAr, delegateZh, delegateRu]) {
      expect(Object.keys(catalogue).sort()).toEqual(keys)
    }
  })

  it('keep every placeholder of the English text', () => {
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const catalogue of [delegateFr, delegateEs, delegateAr, delegateZh, delegateRu]) {
      for (const [key, english] of Object.entries(delegateEn)) {
        expect(placeholders(catalogue[key as keyof typeof delegateEn]), key).toEqual(placeholders(english))
      }
    }
  })
})
