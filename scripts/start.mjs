// `npm start`: builds whatever is missing or out of date, then serves the meeting.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildClientIfStale, buildServerIfStale, root } from './buildIfStale.mjs'

buildClientIfStale()
buildServerIfStale()

await import(pathToFileURL(join(root, 'server/dist/main.js')).href)
