import { languageNames, languages } from './languages'

/** The six UN languages as a select's options, each named in itself and tagged with its own `lang`. */
export function LanguageOptions() {
  return (
    <>
      {languages.map((code) => (
        <option key={code} value={code} lang={code}>
          {languageNames[code]}
        </option>
      ))}
    </>
  )
}
