// `npm start`: builds whatever is missing or out of date, then serves the meeting.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function newestChange(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue
    newest = Math.max(newest, newestChange(join(path, entry)))
  }
  return newest
}

function buildIfStale(workspace, output, sources) {
  const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0
  const changedAt = Math.max(...sources.map((source) => newestChange(join(root, source))))
  if (builtAt > changedAt) return
  console.log(`Building the ${workspace}...`)
  execFileSync(npm, ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' })
}

buildIfStale('client', join(root, 'client/dist/index.html'), ['client', 'shared/src'])
buildIfStale('server', join(root, 'server/dist/main.js'), ['server/src', 'shared/src'])

await import(pathToFileURL(join(root, 'server/dist/main.js')).href)
