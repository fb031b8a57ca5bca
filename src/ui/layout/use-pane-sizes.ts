import { useEffect, useState, type CSSProperties } from 'react'

/** Pixel sizes of the resizable panes. */
export interface PaneSizes {
  readonly formWidth: number
  readonly editorWidth: number
  readonly timelineHeight: number
  readonly panelHeight: number
}

const defaults: PaneSizes = { formWidth: 340, editorWidth: 560, timelineHeight: 320, panelHeight: 200 }
const storageKey = 'canary-studio.layout'

/** The sizes saved on an earlier visit (defaults for any missing or unreadable one). */
export function readSaved(): PaneSizes {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Partial<Record<keyof PaneSizes, unknown>>
    const pick = (k: keyof PaneSizes) =>
      typeof saved[k] === 'number' && Number.isFinite(saved[k]) ? saved[k] : defaults[k]
    return {
      formWidth: pick('formWidth'),
      editorWidth: pick('editorWidth'),
      timelineHeight: pick('timelineHeight'),
      panelHeight: pick('panelHeight'),
    }
  } catch {
    return defaults
  }
}

/** The pane sizes, remembered across visits; `resize` changes one. */
export function usePaneSizes(): [PaneSizes, (key: keyof PaneSizes, px: number) => void] {
  const [sizes, setSizes] = useState(readSaved)
  useEffect(() => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(sizes))
    } catch {
      // Storage can be full or disabled; the layout still works for this visit.
    }
  }, [sizes])
  return [sizes, (key, px) => setSizes((s) => ({ ...s, [key]: px }))]
}

/** The CSS variables the workspace grid reads its pane sizes from. */
export function paneSizeStyle(sizes: PaneSizes): CSSProperties {
  return {
    '--form-width': `${sizes.formWidth}px`,
    '--editor-width': `${sizes.editorWidth}px`,
    '--timeline-height': `${sizes.timelineHeight}px`,
    '--panel-height': `${sizes.panelHeight}px`,
  } as CSSProperties
}
