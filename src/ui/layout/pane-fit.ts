import type { LayoutPrefs } from './layout-prefs.ts'

type SizeKey = 'formWidth' | 'editorWidth' | 'sideWidth' | 'timelineHeight' | 'panelHeight'

/** The sizes below which a pane's content stops working (labels beside controls, the timeline's chart, a note). */
export const paneMin: Readonly<Record<SizeKey, number>> = {
  formWidth: 300,
  editorWidth: 320,
  sideWidth: 320,
  timelineHeight: 140,
  panelHeight: 60,
}

/** The diagram and the timeline between the side panes: room for the graph, its header and its controls. */
export const centerMinWidth = 460
/** The diagram's header, its zoom controls and legend need this much height to sit clear of each other. */
export const diagramMinHeight = 220
/** Until the user sizes it, the timeline takes this share of the centre's height, up to `autoTimelineMax`. */
const autoTimelineShare = 0.45
const autoTimelineMax = 360
/** A collapsed side pane: a strip with the button that restores it. */
export const railWidth = 32
/** Toolbar, status strip, the panels' tab row and the splitters: the height that is never a pane's. */
const chromeHeight = 104

/** The room the workspace has: its main area (panes between toolbar and panels) and the whole window height. */
export interface Space {
  readonly mainWidth: number
  readonly mainHeight: number
  readonly windowHeight: number
}

/** Sizes to draw the panes at (the user's, clamped to the room there is) and how far each splitter may go. */
export interface PaneFit {
  readonly size: Readonly<Record<SizeKey, number>>
  readonly max: Readonly<Record<SizeKey, number>>
}

/** Clamps into [min, max]; the minimum wins when the window is too small for both. */
const clamp = (value: number, min: number, max: number): number => Math.round(Math.max(min, Math.min(max, value)))

function fitColumns(prefs: LayoutPrefs, isWide: boolean, mainWidth: number) {
  const { collapsed } = prefs
  // Each splitter's track is 1 px wide (its hit area overlaps the panes beside it).
  const width = mainWidth - (isWide ? 2 : 1)
  const side = collapsed.side ? railWidth : clamp(prefs.sideWidth, paneMin.sideWidth, width - centerMinWidth)
  const formFloor = collapsed.form ? railWidth : paneMin.formWidth
  const editorMax = width - centerMinWidth - formFloor
  const editor = collapsed.yaml ? railWidth : clamp(prefs.editorWidth, paneMin.editorWidth, editorMax)
  const formMax = width - centerMinWidth - editor
  const form = collapsed.form ? railWidth : clamp(prefs.formWidth, paneMin.formWidth, formMax)
  return {
    size: { formWidth: isWide ? form : 0, editorWidth: isWide ? editor : 0, sideWidth: isWide ? 0 : side },
    max: { formWidth: formMax, editorWidth: width - centerMinWidth - form, sideWidth: width - centerMinWidth },
  }
}

/**
 * Fits the saved sizes into the room there is: the centre keeps `centerMinWidth`, the diagram `diagramMinHeight`,
 * and the panes above the panel strip their minimum heights. Saved sizes are kept; only what is drawn is clamped,
 * so a larger window later shows the user's sizes again.
 */
export function fitPanes(prefs: LayoutPrefs, isWide: boolean, space: Space): PaneFit {
  const columns = fitColumns(prefs, isWide, space.mainWidth)
  const timelineMax = space.mainHeight - diagramMinHeight
  const panelMax = space.windowHeight - chromeHeight - diagramMinHeight - paneMin.timelineHeight
  const atLeastMin = (key: SizeKey, max: number) => Math.max(paneMin[key], Math.round(max))
  return {
    size: {
      ...columns.size,
      timelineHeight: clamp(
        prefs.timelineHeight ?? Math.min(autoTimelineMax, space.mainHeight * autoTimelineShare),
        paneMin.timelineHeight,
        timelineMax,
      ),
      panelHeight: clamp(prefs.panelHeight, paneMin.panelHeight, panelMax),
    },
    max: {
      formWidth: atLeastMin('formWidth', columns.max.formWidth),
      editorWidth: atLeastMin('editorWidth', columns.max.editorWidth),
      sideWidth: atLeastMin('sideWidth', columns.max.sideWidth),
      timelineHeight: atLeastMin('timelineHeight', timelineMax),
      panelHeight: atLeastMin('panelHeight', panelMax),
    },
  }
}
