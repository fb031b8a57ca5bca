import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type RefObject,
} from 'react'
import { readSavedPrefs, savePrefs, type CollapsiblePane, type LayoutPrefs, type SideTab } from './layout-prefs.ts'
import { fitPanes, type PaneFit, type Space } from './pane-fit.ts'

/** From this window width the form and the YAML stand side by side; below it they share one column as tabs. */
export const wideQuery = '(min-width: 1600px)'

const subscribeWide = (onChange: () => void) => {
  const query = window.matchMedia(wideQuery)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** True while the window is wide enough for the form and the YAML side by side. */
export function useIsWide(): boolean {
  return useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia(wideQuery).matches,
    () => true,
  )
}

/** A pane a skip link, a tab or a status-bar button can bring into view. */
export type RevealTarget = 'form' | 'yaml' | 'panels'

/** Shows `target`: restores it when collapsed and, in the shared column, opens its tab. */
export function withRevealed(prefs: LayoutPrefs, target: RevealTarget, isWide: boolean): LayoutPrefs {
  if (target === 'panels') return { ...prefs, collapsed: { ...prefs.collapsed, panels: false } }
  if (isWide) return { ...prefs, collapsed: { ...prefs.collapsed, [target]: false } }
  return { ...prefs, sideTab: target, collapsed: { ...prefs.collapsed, side: false } }
}

/** The room the main area has, measured as the window and the panel strip change. */
function useSpace(main: RefObject<HTMLElement | null>): Space {
  const [space, setSpace] = useState<Space>(() => ({
    mainWidth: window.innerWidth,
    mainHeight: Math.max(0, window.innerHeight - 320),
    windowHeight: window.innerHeight,
  }))
  useEffect(() => {
    const element = main.current
    if (!element) return
    const measure = () =>
      setSpace((s) => {
        const next = {
          mainWidth: element.clientWidth,
          mainHeight: element.clientHeight,
          windowHeight: window.innerHeight,
        }
        return next.mainWidth === s.mainWidth &&
          next.mainHeight === s.mainHeight &&
          next.windowHeight === s.windowHeight
          ? s
          : next
      })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [main])
  return space
}

/** What the panes, tabs and skip links may ask of the layout. */
export interface LayoutControls {
  readonly prefs: LayoutPrefs
  readonly isWide: boolean
  readonly resize: (
    key: 'formWidth' | 'editorWidth' | 'sideWidth' | 'timelineHeight' | 'panelHeight',
    px: number,
  ) => void
  readonly setCollapsed: (pane: CollapsiblePane, isCollapsed: boolean) => void
  readonly chooseTab: (tab: SideTab) => void
  readonly reveal: (target: RevealTarget) => void
}

/** The workspace's layout: the user's remembered prefs, fitted to the window, and the ways to change them. */
export function useWorkspaceLayout(main: RefObject<HTMLElement | null>): { controls: LayoutControls; fit: PaneFit } {
  const [prefs, setPrefs] = useState(readSavedPrefs)
  const isWide = useIsWide()
  const space = useSpace(main)
  useEffect(() => savePrefs(prefs), [prefs])
  const fit = useMemo(() => fitPanes(prefs, isWide, space), [prefs, isWide, space])
  const resize = useCallback<LayoutControls['resize']>((key, px) => setPrefs((p) => ({ ...p, [key]: px })), [])
  const setCollapsed = useCallback<LayoutControls['setCollapsed']>(
    (pane, isCollapsed) => setPrefs((p) => ({ ...p, collapsed: { ...p.collapsed, [pane]: isCollapsed } })),
    [],
  )
  const chooseTab = useCallback((tab: SideTab) => setPrefs((p) => ({ ...p, sideTab: tab })), [])
  const reveal = useCallback((target: RevealTarget) => setPrefs((p) => withRevealed(p, target, isWide)), [isWide])
  const controls = useMemo(
    () => ({ prefs, isWide, resize, setCollapsed, chooseTab, reveal }),
    [prefs, isWide, resize, setCollapsed, chooseTab, reveal],
  )
  return { controls, fit }
}

/** The CSS variables the workspace grid reads its column and row sizes from. */
export function layoutStyle(fit: PaneFit): CSSProperties {
  return {
    '--form-width': `${fit.size.formWidth}px`,
    '--editor-width': `${fit.size.editorWidth}px`,
    '--side-width': `${fit.size.sideWidth}px`,
    '--timeline-height': `${fit.size.timelineHeight}px`,
    '--panel-height': `${fit.size.panelHeight}px`,
  } as CSSProperties
}
