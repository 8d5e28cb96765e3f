// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): the functions with the
// most self time. Standalone: `npx tsx bench/cpuProfileTop.ts file.cpuprofile [count]`.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { pathToFileURL } from 'node:url'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export function topSelfTime(file: string, count = 15): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
  const selfUs = new Map<string, number>()
  let totalUs = 0
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id)
    const delta = profile.timeDeltas[i] ?? 0
    totalUs += delta
    if (!frame) return
    const where = frame.url ? `${shorten(frame.url)}:${frame.lineNumber + 1}` : ''
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim()
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta)
  })
  const top = [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, count)
  const lines = top.map(([key, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)}%  ${key}`)
  return [`${basename(file)}: ${(totalUs / 1e6).toFixed(1)} s sampled, top self time`, ...lines].join('\n')
}

/** node_modules/socket.io/dist/socket.js rather than the whole file URL. */
function shorten(url: string): string {
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length)
  return url.replace(/^file:\/\/.*?\/(server|shared|bench)\//, '$1/')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, count] = process.argv.slice(2)
  if (!file) throw new Error('usage: tsx bench/cpuProfileTop.ts file.cpuprofile [count]')
  console.log(topSelfTime(file, count ? Number(count) : 15))
}
