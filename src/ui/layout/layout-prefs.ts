/** A pane the user can collapse to a rail (or, for the panels, to their tab strip) and restore. */
export type CollapsiblePane = 'form' | 'yaml' | 'side' | 'panels'

/** Which of the form and the YAML the shared column shows on screens too narrow for both side by side. */
export type SideTab = 'form' | 'yaml'

/** The user's layout: pane sizes in px, collapsed panes and the shared column's tab, remembered across visits. */
export interface LayoutPrefs {
  readonly formWidth: number
  readonly editorWidth: number
  /** Width of the one column the form and the YAML share (as tabs) below the wide breakpoint. */
  readonly sideWidth: number
  /** Undefined until the user drags it: the timeline then takes a share of the height (see pane-fit.ts). */
  readonly timelineHeight: number | undefined
  /** The panel strip's height; a panel whose content is shorter takes only what it needs. */
  readonly panelHeight: number
  readonly collapsed: Readonly<Record<CollapsiblePane, boolean>>
  readonly sideTab: SideTab
}

export const defaultPrefs: LayoutPrefs = {
  formWidth: 380,
  editorWidth: 560,
  sideWidth: 420,
  timelineHeight: undefined,
  panelHeight: 220,
  collapsed: { form: false, yaml: false, side: false, panels: false },
  sideTab: 'form',
}

export const layoutStorageKey = 'canary-studio.layout'

type Saved = Partial<Record<string, unknown>>

const pickNumber = <T extends number | undefined>(saved: Saved, key: keyof LayoutPrefs, fallback: T): number | T => {
  const value = saved[key]
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback
}

function pickCollapsed(saved: Saved): LayoutPrefs['collapsed'] {
  const value = saved.collapsed
  const flags = typeof value === 'object' && value !== null ? (value as Saved) : {}
  const flag = (pane: CollapsiblePane) => flags[pane] === true
  return { form: flag('form'), yaml: flag('yaml'), side: flag('side'), panels: flag('panels') }
}

/** Reads saved prefs from JSON text, keeping the default for anything missing, mistyped or unreadable. */
export function parsePrefs(json: string | null): LayoutPrefs {
  let saved: Saved = {}
  try {
    const value: unknown = JSON.parse(json ?? '{}')
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) saved = value
  } catch {
    // A damaged entry (edited by hand, another version) falls back to the defaults.
  }
  return {
    formWidth: pickNumber(saved, 'formWidth', defaultPrefs.formWidth),
    editorWidth: pickNumber(saved, 'editorWidth', defaultPrefs.editorWidth),
    sideWidth: pickNumber(saved, 'sideWidth', defaultPrefs.sideWidth),
    timelineHeight: pickNumber(saved, 'timelineHeight', defaultPrefs.timelineHeight),
    panelHeight: pickNumber(saved, 'panelHeight', defaultPrefs.panelHeight),
    collapsed: pickCollapsed(saved),
    sideTab: saved.sideTab === 'yaml' ? 'yaml' : 'form',
  }
}

/** The prefs saved on an earlier visit (defaults when storage is disabled or empty). */
export function readSavedPrefs(): LayoutPrefs {
  try {
    return parsePrefs(localStorage.getItem(layoutStorageKey))
  } catch {
    return defaultPrefs
  }
}

export function savePrefs(prefs: LayoutPrefs): void {
  try {
    localStorage.setItem(layoutStorageKey, JSON.stringify(prefs))
  } catch {
    // Storage can be full or disabled; the layout still works for this visit.
  }
}
