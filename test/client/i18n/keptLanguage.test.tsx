import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { keptLanguage, useKeptLanguage } from '../../../client/src/i18n/keptLanguage'

afterEach(() => window.localStorage.clear())

describe('a page’s language, remembered per browser', () => {
  it('starts from what this browser keeps, else from another page’s choice, else the browser’s language', () => {
    expect(keptLanguage('floor.report.language', ['floor.chair.language'])).toBe('en')
    window.localStorage.setItem('floor.chair.language', 'ru')
    expect(keptLanguage('floor.report.language', ['floor.chair.language'])).toBe('ru')
    window.localStorage.setItem('floor.report.language', 'ar')
    expect(keptLanguage('floor.report.language', ['floor.chair.language'])).toBe('ar')
    window.localStorage.setItem('floor.admin.language', 'klingon')
    expect(keptLanguage('floor.admin.language')).toBe('en')
  })

  it('keeps the language picked, for the next visit', () => {
    const { result } = renderHook(() => useKeptLanguage('floor.admin.language'))
    act(() => result.current[1]('zh'))
    expect(result.current[0]).toBe('zh')
    expect(window.localStorage.getItem('floor.admin.language')).toBe('zh')
    expect(renderHook(() => useKeptLanguage('floor.admin.language')).result.current[0]).toBe('zh')
  })
})
