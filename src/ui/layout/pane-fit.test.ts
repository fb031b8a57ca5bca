import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultPrefs, type LayoutPrefs } from './layout-prefs.ts'
import { centerMinWidth, diagramMinHeight, fitPanes, paneMin, railWidth } from './pane-fit.ts'
import { withRevealed } from './use-workspace-layout.ts'

const space = (mainWidth: number, mainHeight: number, windowHeight = mainHeight + 200) => ({
  mainWidth,
  mainHeight,
  windowHeight,
})
const collapsed = (pane: keyof LayoutPrefs['collapsed']): LayoutPrefs => ({
  ...defaultPrefs,
  collapsed: { ...defaultPrefs.collapsed, [pane]: true },
})

describe('fitPanes', () => {
  it('draws the saved sizes when they fit', () => {
    const fit = fitPanes({ ...defaultPrefs, timelineHeight: 300 }, true, space(1920, 800))
    expect(fit.size).toMatchObject({ formWidth: 380, editorWidth: 560, timelineHeight: 300, panelHeight: 220 })
  })

  it('keeps the centre at its minimum width when saved side panes are too wide for the window', () => {
    const fit = fitPanes({ ...defaultPrefs, formWidth: 600, editorWidth: 1100 }, true, space(1600, 700))
    // Two 1 px splitter tracks sit between the three columns.
    expect(1600 - 2 - fit.size.formWidth - fit.size.editorWidth).toBeGreaterThanOrEqual(centerMinWidth)
    expect(fit.max.editorWidth).toBe(1600 - 2 - centerMinWidth - fit.size.formWidth)
  })

  it('narrows a collapsed pane to its rail and gives its room to the splitters of the others', () => {
    const fit = fitPanes(collapsed('form'), true, space(1600, 700))
    expect(fit.size.formWidth).toBe(railWidth)
    expect(fit.max.editorWidth).toBe(1600 - 2 - centerMinWidth - railWidth)
    expect(fitPanes(collapsed('yaml'), true, space(1600, 700)).size.editorWidth).toBe(railWidth)
    expect(fitPanes(collapsed('side'), false, space(1366, 600)).size.sideWidth).toBe(railWidth)
  })

  it('below the wide breakpoint sizes only the shared column', () => {
    const fit = fitPanes(defaultPrefs, false, space(1366, 600))
    expect(fit.size).toMatchObject({ formWidth: 0, editorWidth: 0, sideWidth: 420 })
    expect(fit.max.sideWidth).toBe(1366 - 1 - centerMinWidth)
  })

  it('gives the timeline a share of the height until the user sizes it', () => {
    expect(fitPanes(defaultPrefs, false, space(1366, 600)).size.timelineHeight).toBe(270)
    expect(fitPanes(defaultPrefs, true, space(2560, 1300)).size.timelineHeight).toBe(360)
  })

  it('never lets the panes squash the diagram under its own controls, whatever was saved', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1000, max: 4000 }),
        fc.integer({ min: 600, max: 2000 }),
        (timelineHeight, panelHeight, width, windowHeight) => {
          const mainHeight = windowHeight - 104 - Math.min(panelHeight, windowHeight)
          const fit = fitPanes(
            { ...defaultPrefs, timelineHeight, panelHeight },
            width >= 1600,
            space(width, mainHeight, windowHeight),
          )
          const isRoomy = mainHeight >= diagramMinHeight + paneMin.timelineHeight
          if (isRoomy) expect(mainHeight - fit.size.timelineHeight).toBeGreaterThanOrEqual(diagramMinHeight)
          expect(fit.size.timelineHeight).toBeGreaterThanOrEqual(paneMin.timelineHeight)
          expect(fit.size.panelHeight).toBeGreaterThanOrEqual(paneMin.panelHeight)
          expect(fit.size.panelHeight).toBeLessThanOrEqual(
            Math.max(paneMin.panelHeight, windowHeight - 104 - diagramMinHeight - paneMin.timelineHeight),
          )
        },
      ),
    )
  })

  it('lets the minimum win on a window too small for every pane, and reports a max no smaller than the min', () => {
    const fit = fitPanes(defaultPrefs, false, space(500, 200, 400))
    expect(fit.size.sideWidth).toBe(paneMin.sideWidth)
    expect(fit.size.timelineHeight).toBe(paneMin.timelineHeight)
    for (const key of Object.keys(paneMin) as (keyof typeof paneMin)[])
      expect(fit.max[key]).toBeGreaterThanOrEqual(paneMin[key])
  })
})

describe('withRevealed', () => {
  it('restores a collapsed side pane on wide windows and opens its tab in the shared column', () => {
    expect(withRevealed(collapsed('yaml'), 'yaml', true).collapsed.yaml).toBe(false)
    const narrow = withRevealed(collapsed('side'), 'yaml', false)
    expect(narrow).toMatchObject({ sideTab: 'yaml', collapsed: { side: false } })
    expect(withRevealed(collapsed('panels'), 'panels', false).collapsed.panels).toBe(false)
  })
})
