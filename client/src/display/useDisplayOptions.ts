import { useEffect, useMemo } from 'react'
import { applyDocumentLanguage } from '../i18n/LanguageContext'
import { useLoadedLanguages } from '../i18n/useLoadedLanguages'
import { useFloor } from '../store/FloorSessionContext'
import { displayOptionsOf, type DisplayOptions } from './displayOptions'

/**
 * The display's options: the address's, its languages the meeting's own unless
 * `?lang=` names others; sets `<html lang dir>`. Null until the languages'
 * catalogues are here (the screen waits rather than flash English); while a
 * new pair loads, the pair drawn before.
 */
export function useDisplayOptions(search: string): DisplayOptions | null {
  const meetingLanguages = useFloor((state) => state.meeting?.meeting.displayLanguages)
  const pair = meetingLanguages?.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the pair, not the array the document was parsed into
  const options = useMemo(() => displayOptionsOf(search, meetingLanguages), [search, pair])
  const drawn = useLoadedLanguages(options.languages)
  const [leading, second] = drawn ?? []
  useEffect(() => {
    if (leading) applyDocumentLanguage(leading)
  }, [leading])
  return useMemo(
    () => (leading ? { ...options, languages: second ? [leading, second] : [leading] } : null),
    [options, leading, second],
  )
}
