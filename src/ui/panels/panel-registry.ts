import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { countProblems } from '../../store/selectors.ts'
import type { StudioState } from '../../store/studio-state.ts'

/** A tab of the panel area. */
export interface PanelDefinition {
  readonly id: string
  readonly title: string
  /** Loaded when the tab is first opened. */
  readonly component: LazyExoticComponent<ComponentType> | ComponentType
  /** A small count beside the title (e.g. problems), or undefined for none. */
  readonly badge?: (state: StudioState) => number | undefined
  /** 'fill' for a panel that needs a fixed height (an editor); others take the height of their content, up to the strip's. */
  readonly height?: 'fill' | 'content'
}

// Adding a panel is one line here: { id, title, component: lazy(() => import('./MyPanel.tsx')) }.
export const panels: readonly PanelDefinition[] = [
  {
    id: 'problems',
    title: 'Problems',
    component: lazy(() => import('./ProblemsPanel.tsx')),
    badge: (s) => {
      const { errors, warnings } = countProblems(s.analysis.diagnostics)
      return errors + warnings || undefined
    },
  },
  { id: 'generated', title: 'Generated', component: lazy(() => import('./GeneratedPanel.tsx')), height: 'fill' },
  { id: 'try-request', title: 'Try a request', component: lazy(() => import('./TryRequestPanel.tsx')) },
  { id: 'metrics', title: 'Metrics', component: lazy(() => import('./MetricsPanel.tsx')) },
]
