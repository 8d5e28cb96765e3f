import { useEffect } from 'react'

/**
 * Asks the browser to keep the screen on while this page is visible, again
 * each time it becomes visible (the browser drops the lock when hidden).
 * Browsers grant it only in a secure context (https or localhost) and may
 * refuse without a user gesture; then the device's own sleep settings apply.
 */
export function useWakeLock(): void {
  useEffect(() => {
    const wakeLock = typeof navigator === 'undefined' ? undefined : navigator.wakeLock
    if (!wakeLock) return
    let sentinel: WakeLockSentinel | null = null
    let active = true

    const request = async () => {
      if (!active || document.visibilityState !== 'visible') return
      try {
        const lock = await wakeLock.request('screen')
        if (active) sentinel = lock
        else void lock.release()
      } catch {
        // Refused (no gesture, battery saver, insecure context): nothing else to try.
      }
    }
    const onVisibility = () => void request()

    void request()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      active = false
      document.removeEventListener('visibilitychange', onVisibility)
      void sentinel?.release()
    }
  }, [])
}
