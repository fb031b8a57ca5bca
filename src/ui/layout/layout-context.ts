import { createContext, useContext } from 'react'
import type { LayoutControls } from './use-workspace-layout.ts'

/** The workspace's layout controls, for the parts (skip links, panel tabs, status bar) that bring a pane into view. */
export const LayoutContext = createContext<LayoutControls | undefined>(undefined)

/** The layout controls, or undefined when rendered outside the workspace (a component test). */
export function useLayoutControls(): LayoutControls | undefined {
  return useContext(LayoutContext)
}
