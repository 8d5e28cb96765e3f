/**
 * The "you are next" alert: a chime made on the device with Web Audio (no
 * sound file to fetch) and a vibration where the device has one. Browsers
 * allow both only after a user gesture, so the delegate opts in with a tap,
 * which also plays a short preview so they know what to listen for.
 */
export interface Alerter {
  /** Call from the opt-in tap: unlocks audio, plays a preview. */
  enable(): void
  /** The turn has come. Does nothing until enabled. */
  ring(): void
}

export interface AlertDevice {
  createAudioContext: (() => AudioContext) | null
  vibrate: ((pattern: number[]) => boolean) | null
}

export function browserAlertDevice(): AlertDevice {
  const AudioContextClass =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext)
  const canVibrate = typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function'
  return {
    createAudioContext: AudioContextClass ? () => new AudioContextClass() : null,
    vibrate: canVibrate ? (pattern) => navigator.vibrate(pattern) : null,
  }
}

/** Rising notes, in Hz: easy to hear over a room's murmur without being shrill. */
const turnChime = [659.25, 880, 1318.5]
const previewChime = [880]
const turnVibration = [250, 120, 250, 120, 400]

export function createAlerter(device: AlertDevice = browserAlertDevice()): Alerter {
  let context: AudioContext | null = null
  let enabled = false

  const play = (notes: readonly number[]) => {
    if (!context) return
    void context.resume().catch(() => undefined)
    const start = context.currentTime + 0.02
    notes.forEach((frequency, index) => tone(context!, frequency, start + index * 0.18, 0.35))
  }
  const vibrate = (pattern: number[]) => {
    try {
      device.vibrate?.(pattern)
    } catch {
      // Not allowed here (no gesture yet, or a desktop browser): the chime and the screen remain.
    }
  }

  return {
    enable() {
      enabled = true
      if (!context && device.createAudioContext) {
        try {
          context = device.createAudioContext()
        } catch {
          context = null
        }
      }
      play(previewChime)
      vibrate([80])
    },
    ring() {
      if (!enabled) return
      play(turnChime)
      vibrate(turnVibration)
    },
  }
}

function tone(context: AudioContext, frequency: number, at: number, duration: number): void {
  const oscillator = context.createOscillator()
  const gain = context.createGain()
  oscillator.type = 'sine'
  oscillator.frequency.setValueAtTime(frequency, at)
  // A soft attack and an exponential fade: a bell, not a click.
  gain.gain.setValueAtTime(0.0001, at)
  gain.gain.exponentialRampToValueAtTime(0.35, at + 0.015)
  gain.gain.exponentialRampToValueAtTime(0.0001, at + duration)
  oscillator.connect(gain).connect(context.destination)
  oscillator.start(at)
  oscillator.stop(at + duration + 0.05)
}
