import { useMemo } from 'react'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { useFloor } from '../store/FloorSessionContext'
import { displayOptionsOf, type DisplayOptions } from './displayOptions'

/** The display's options: the address's, its languages the meeting's own unless `?lang=` names others; sets `<html lang dir>`. */
export function useDisplayOptions(search: string): DisplayOptions {
  const meetingLanguages = useFloor((state) => state.meeting?.meeting.displayLanguages)
  const pair = meetingLanguages?.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the pair, not the array the document was parsed into
  const options = useMemo(() => displayOptionsOf(search, meetingLanguages), [search, pair])
  useDocumentLanguage(options.languages[0])
  return options
}
