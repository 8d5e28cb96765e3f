import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/** The server the dev server forwards to; `npm start` serves the built client itself. */
const server = process.env.FLOOR_DEV_SERVER ?? 'http://127.0.0.1:3000'

export default defineConfig({
  plugins: [react()],
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
  },
})
