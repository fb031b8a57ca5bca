import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

interface ResizerProps {
  /** 'vertical' splits side-by-side panes (drag left/right); 'horizontal' splits stacked panes. */
  readonly orientation: 'vertical' | 'horizontal'
  readonly label: string
  /** Size in px of the pane this resizer controls. */
  readonly value: number
  readonly min: number
  readonly max: number
  /** True when the controlled pane is after the resizer, so dragging towards it shrinks it. */
  readonly isAfter?: boolean
  /** The pane's drawn size when it can be less than `value` (a strip fitted to its content): drags start from it. */
  readonly measure?: () => number | undefined
  readonly onChange: (value: number) => void
}

const keyStepPx = 16

/** A draggable, keyboard-operable splitter (WAI-ARIA window splitter) between two panes. */
export function Resizer({ orientation, label, value, min, max, isAfter = false, measure, onChange }: ResizerProps) {
  const drag = useRef<{ start: number; value: number } | undefined>(undefined)
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)))
  const coordinate = (e: PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY)
  const sign = isAfter ? -1 : 1
  const start = () => Math.min(value, measure?.() ?? value)

  const onKeyDown = (e: KeyboardEvent) => {
    const grow = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown'
    const shrink = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp'
    const next =
      e.key === grow
        ? start() + sign * keyStepPx
        : e.key === shrink
          ? start() - sign * keyStepPx
          : e.key === 'Home'
            ? min
            : e.key === 'End'
              ? max
              : undefined
    if (next === undefined) return
    e.preventDefault()
    onChange(clamp(next))
  }
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`resizer resizer--${orientation}`}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId)
        drag.current = { start: coordinate(e), value: start() }
      }}
      onPointerMove={(e) => {
        if (drag.current) onChange(clamp(drag.current.value + sign * (coordinate(e) - drag.current.start)))
      }}
      onPointerUp={() => {
        drag.current = undefined
      }}
    />
  )
}
