import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/** The server the dev server forwards to; `npm start` serves the built client itself. */
const server = process.env.FLOOR_DEV_SERVER ?? 'http://127.0.0.1:3000'

/**
 * The modules of the `session` chunk (among those three or more pages share):
 * the live screens' socket, store, clock and flags, and the protocol.
 */
const sessionModules = new RegExp(
  [
    String.raw`[\\/]client[\\/]src[\\/](store|net|time|flags)[\\/]`,
    String.raw`[\\/]client[\\/]src[\\/]app[\\/]MeetingGate`,
    String.raw`[\\/]client[\\/]src[\\/]i18n[\\/]delegationNames`,
    String.raw`[\\/]shared[\\/]src[\\/]`,
    String.raw`[\\/]node_modules[\\/](zustand|socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io[\\/]component-emitter|country-flag-icons)[\\/]`,
  ].join('|'),
)

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/socket.io': { target: server, ws: true },
      '/api': server,
      '/healthz': server,
    },
  },
  preview: {
    proxy: {
      '/socket.io': { target: server, ws: true },
      '/api': server,
      '/healthz': server,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Flags stay separate files so a screen downloads only the flags it shows,
    // instead of a few hundred kilobytes of inlined SVG in the main bundle.
    assetsInlineLimit: (file) => (file.includes('country-flag-icons') ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What the live screens share (tablet, display, overlay, chair,
              // booth): the socket, the session's store, the clock, the flags.
              // Left to itself the bundler cuts them into a dozen files of a
              // few hundred bytes, each costing a request and its headers
              // (about 1 KiB) on a tablet's first visit. Their dependencies
              // (React, the catalogues, zod) stay where they are.
              name: 'session',
              test: sessionModules,
              minShareCount: 3,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
      treeshake: {
        // `@floor/shared` is pure (no I/O, nothing runs on import), but its
        // barrel re-exports the reference data: without this, any import from
        // it kept the six-language roster and the demo programme in the chunk
        // every screen loads, for the setup page alone to use.
        moduleSideEffects: [{ test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
})

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
/** Text compresses; images and fonts are compressed already. */
const textFile = /\.(js|mjs|css|html|svg|json)$/

/**
 * Writes `name.br` (brotli, quality 11) and `name.gz` (gzip, level 9) beside
 * each text file of the build, public files included, so the server sends
 * them as they are instead of compressing each response of 200 tablets
 * joining at once (server/src/http/staticAssets.ts). A variant no smaller
 * than its file is not written: the server then sends the file itself.
 */
function precompress(): Plugin {
  return {
    name: 'floor:precompress',
    apply: 'build',
    async writeBundle({ dir = 'dist' }) {
      const files = (await readdir(dir, { recursive: true })).filter((name) => textFile.test(name))
      await Promise.all(
        files.map(async (name) => {
          const path = join(dir, name)
          const plain = await readFile(path)
          const [br, gz] = await Promise.all([
            brotli(plain, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
              },
            }),
            gzipAsync(plain, { level: 9 }),
          ])
          if (br.length < plain.length) await writeFile(`${path}.br`, br)
          if (gz.length < plain.length) await writeFile(`${path}.gz`, gz)
        }),
      )
    },
  }
}
