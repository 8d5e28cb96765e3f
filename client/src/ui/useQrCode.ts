import { useEffect, useState } from 'react'
import QRCode from 'qrcode'

const cache = new Map<string, string>()

/** The QR code of `text` as an SVG data URL, drawn here from the `qrcode` package (nothing is fetched). */
async function qrDataUrl(text: string): Promise<string> {
  const cached = cache.get(text)
  if (cached) return cached
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  cache.set(text, url)
  return url
}

/** Null until drawn (a few milliseconds), or when there is nothing to encode. */
export function useQrCode(text: string | null): string | null {
  const [drawn, setDrawn] = useState<{ text: string; url: string } | null>(() => {
    const cached = text ? cache.get(text) : undefined
    return text && cached ? { text, url: cached } : null
  })
  useEffect(() => {
    if (!text || drawn?.text === text) return
    let live = true
    qrDataUrl(text).then(
      (url) => live && setDrawn({ text, url }),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [text, drawn?.text])
  return text && drawn?.text === text ? drawn.url : null
}
