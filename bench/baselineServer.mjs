// The baseline of the fan-out benchmark: what Socket.IO alone does on this
// machine. The same socket.io package and options as Floor's server
// (websocket, no per-message compression), no store, no domain: displays join
// a room; a trigger socket emits `go` and the room gets the same `state`
// payload Floor sends to displays (read from BASELINE_PAYLOAD, so byte size and
// JSON shape match) with the next version.
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { Server } from 'socket.io'

const payload = JSON.parse(readFileSync(process.env.BASELINE_PAYLOAD, 'utf8'))
let version = payload.version

const http = createServer((_req, res) => {
  res.writeHead(404).end()
})
const io = new Server(http, {
  maxHttpBufferSize: 64 * 1024,
  serveClient: false,
  perMessageDeflate: false,
  httpCompression: false,
})

io.on('connection', (socket) => {
  if (socket.handshake.auth?.trigger === true) {
    socket.on('go', (ack) => {
      version += 1
      payload.version = version
      payload.serverTime = Date.now()
      if (typeof ack === 'function') ack({ ok: true, version })
      io.to('displays').emit('state', payload)
    })
    return
  }
  void socket.join('displays')
  socket.emit('state', { ...payload, serverTime: Date.now() })
})

http.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  process.stdout.write(`baseline listening on http://${process.env.HOST ?? '127.0.0.1'}:${http.address().port}\n`)
})
process.on('SIGTERM', () => io.close(() => process.exit(0)))
