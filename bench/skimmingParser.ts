// A socket.io-client parser for simulated tablets: it reads the version at the
// head of each `state` packet and skips parsing the rest. A real tablet
// parses its own state on its own CPU; two hundred simulated ones parsing every
// broadcast on the two cores the server also uses would measure the load
// generator, not the server. Every other packet (acks above all) is decoded
// by Socket.IO's own parser.
import * as parser from 'socket.io-parser'

/** Floor's views start with the version: `2["state",{"version":12,...`. */
const stateHead = /^2\["state",\{"version":(\d+)/

class SkimmingDecoder extends parser.Decoder {
  override add(encoded: unknown): void {
    if (typeof encoded === 'string') {
      const match = stateHead.exec(encoded.slice(0, 40))
      if (match) {
        this.emitReserved('decoded', { type: parser.PacketType.EVENT, nsp: '/', data: ['state', { version: Number(match[1]) }] })
        return
      }
    }
    super.add(encoded)
  }
}

export const skimmingParser = { protocol: parser.protocol, Encoder: parser.Encoder, Decoder: SkimmingDecoder }
