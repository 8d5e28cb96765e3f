import { useEffect } from 'react'

/**
 * Browsers enter full screen only on a user gesture, and the display has no
 * buttons: a double click anywhere toggles it, for whoever sets up the screen.
 * (A kiosk browser started with --kiosk needs nothing.)
 */
export function useFullscreenOnDoubleClick(): void {
  useEffect(() => {
    const toggle = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
      else void document.documentElement.requestFullscreen?.().catch(() => undefined)
    }
    document.addEventListener('dblclick', toggle)
    return () => document.removeEventListener('dblclick', toggle)
  }, [])
}
