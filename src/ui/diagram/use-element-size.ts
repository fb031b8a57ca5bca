import { useLayoutEffect, useState } from 'react'
import type { PaneSize } from './choose-density.ts'

/** The content size of an element, following resizes (undefined before the first layout or without an element). */
export function useElementSize(element: HTMLElement | null): PaneSize | undefined {
  const [size, setSize] = useState<PaneSize>()
  useLayoutEffect(() => {
    if (!element) return
    const update = (width: number, height: number) =>
      setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }))
    update(element.clientWidth, element.clientHeight)
    const observer = new ResizeObserver((entries) => {
      const r = entries[0]?.contentRect
      if (r) update(Math.floor(r.width), Math.floor(r.height))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element])
  return size
}
