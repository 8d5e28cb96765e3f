/**
 * Wall-clock times in a meeting's time zone, read and written with the
 * browser's own Intl (no date library): the programme is typed as "10:00 in
 * Geneva" and sent as an instant with its offset (`…T10:00:00+01:00`).
 */
import { instantOfWallClock, zonedClockAt } from '@floor/shared'

/** A calendar date `YYYY-MM-DD` and a time `HH:mm`, as date and time inputs give them. */
export interface WallClock {
  date: string
  time: string
}

/** Minutes `zone` is ahead of UTC at an instant (Zurich in winter: 60, New York in summer: -240). */
export function zoneOffsetMinutes(zone: string, instantMs: number): number {
  const f = zonedClockAt(zone, instantMs)
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second)
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000)
}

/** `+01:00`, `-04:00`, `+05:30`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * The ISO 8601 instant, with its offset, of a wall-clock time in `zone`:
 * `zonedIso({ date: '2026-12-04', time: '10:00' }, 'Europe/Zurich')` is
 * `2026-12-04T10:00:00+01:00`. Null when the date or time is not one.
 */
export function zonedIso({ date, time }: WallClock, zone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]))
  if (Number.isNaN(wall)) return null
  const offset = Math.round((wall - instantOfWallClock(zone, wall)) / 60_000)
  return `${date}T${time}:00${formatOffset(offset)}`
}

/** The wall clock of `zone` at an instant (an ISO string or epoch ms). */
export function wallClockIn(zone: string, instant: string | number): WallClock | null {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant)
  if (Number.isNaN(ms)) return null
  const f = zonedClockAt(zone, ms)
  return { date: `${f.year}-${pad(f.month)}-${pad(f.day)}`, time: `${pad(f.hour)}:${pad(f.minute)}` }
}

/** Today's date in `zone`, `YYYY-MM-DD`. */
export function todayIn(zone: string, nowMs: number = Date.now()): string {
  return wallClockIn(zone, nowMs)?.date ?? new Date(nowMs).toISOString().slice(0, 10)
}

/** Whether this browser knows `zone` as a time zone. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone.length > 0
  } catch {
    return false
  }
}

/** The browser's own zone, for a new meeting's default. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** Every IANA zone this browser knows, for the time zone field's suggestions. */
export function knownZones(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return supported.includes('UTC') ? supported : [...supported, 'UTC']
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
