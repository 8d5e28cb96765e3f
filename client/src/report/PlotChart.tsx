import { useEffect, useRef } from 'react'
import { plot, type PlotOptions } from '@observablehq/plot'

/**
 * An Observable Plot chart: Plot draws the SVG, React only gives it a place.
 * `options` should be memoised by the caller: a new object redraws the chart.
 * The figures are in the tables beside each chart, so the chart itself is an
 * image with a name for screen readers.
 */
export function PlotChart({ options, label }: { options: PlotOptions; label: string }) {
  const place = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const chart = plot({ ...options, ariaLabel: label })
    place.current?.replaceChildren(chart)
    return () => chart.remove()
  }, [options, label])
  return <div className="report__chart" ref={place} role="img" aria-label={label} />
}
