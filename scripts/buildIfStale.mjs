// Builds a workspace when its output is missing or older than its sources.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
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

/** `output` is a file the build writes; `sources` are folders or files relative to the repository. */
export function buildIfStale(workspace, output, sources) {
  const builtAt = existsSync(join(root, output)) ? statSync(join(root, output)).mtimeMs : 0
  const changedAt = Math.max(...sources.map((source) => newestChange(join(root, source))))
  if (builtAt > changedAt) return false
  console.log(`Building the ${workspace}...`)
  // A production build whoever asks (the tests run under NODE_ENV=test): `npm start` serves this very folder.
  execFileSync(npm, ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  return true
}

export const buildClientIfStale = () =>
  buildIfStale('client', 'client/dist/index.html', ['client/src', 'client/index.html', 'client/vite.config.ts', 'shared/src'])
export const buildServerIfStale = () =>
  buildIfStale('server', 'server/dist/main.js', ['server/src', 'server/build.mjs', 'shared/src'])
