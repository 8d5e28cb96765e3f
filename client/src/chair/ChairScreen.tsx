import { LanguageProvider, useTranslate } from '../i18n/LanguageContext'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { ChairConsole } from './console/ChairConsole'
import { ChairSessionProvider, useChair } from './state/ChairContext'
import { ChairHeader } from './ChairHeader'
import type { ChairSession } from './state/chairSession'
import { ConnectionBanner } from './ConnectionBanner'
import { TabletsPage } from './tablets/TabletsPage'
import { useShortcuts } from './console/useShortcuts'

/** The signed-in console: header, connection banner, and the page shown. */
export function ChairScreen({ session }: { session: ChairSession }) {
  return (
    <ChairSessionProvider session={session}>
      <ChairLanguage />
    </ChairSessionProvider>
  )
}

function ChairLanguage() {
  const language = useChair((state) => state.language)
  useDocumentLanguage(language)
  return (
    <LanguageProvider language={language}>
      <ChairLayout />
    </LanguageProvider>
  )
}

function ChairLayout() {
  const page = useChair((state) => state.page)
  const { dir } = useTranslate()
  useShortcuts(page === 'console')
  return (
    <div className="chair" dir={dir} data-page={page}>
      <ChairHeader />
      <ConnectionBanner />
      {page === 'console' ? <ChairConsole /> : <TabletsPage />}
    </div>
  )
}
