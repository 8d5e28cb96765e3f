import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const tsx = createRequire(import.meta.url).resolve('tsx')

export interface ChildServer {
  process: ChildProcess
  url: string
  port: number
  output: () => string
}

/** Runs the real entry point (`server/src/main.ts`) in a child process and waits until it prints its URLs. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', tsx, join(root, 'server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Room display:\s+http:\/\/[^:]+:(\d+)\/display/.exec(output)
      if (match) resolve(Number(match[1]))
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return { process: child, url: `http://127.0.0.1:${port}`, port, output: () => output }
}

export async function kill(child: ChildServer, signal: NodeJS.Signals): Promise<number | null> {
  // Already gone (a test killed it before): its exit was heard then.
  if (child.process.exitCode !== null || child.process.signalCode !== null) return child.process.exitCode
  const exited = once(child.process, 'exit')
  child.process.kill(signal)
  const [code] = await exited
  return code as number | null
}
