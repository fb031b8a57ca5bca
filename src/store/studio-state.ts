import type { StoreApi } from 'zustand/vanilla'
import type { Analysis } from '../core/analyze.ts'
import type { FieldPath, TextPosition } from '../core/diagnostic.ts'
import type { History } from '../core/history/history.ts'
import type { WhatIf } from '../core/simulate/types.ts'
import type { RequestPreset } from '../core/route/request-presets.ts'
import type { TraceRequest } from '../core/route/trace-request-types.ts'

export type ThemeChoice = 'system' | 'light' | 'dark'

/** Which view asked for a field to be shown; a view ignores the focus it set itself. */
export type FocusSource = 'form' | 'editor' | 'diagram' | 'timeline' | 'panel' | 'search'

export interface Focus {
  readonly path: FieldPath
  readonly source: FocusSource
  /** A place in the text to put the editor's cursor, for a problem without a field (a YAML syntax error). */
  readonly at?: TextPosition
}

/** A short message about the last edit, e.g. that it had to re-format the document. */
export interface Notice {
  readonly kind: 'info' | 'error'
  readonly message: string
}

/** The request the "Try a request" panel follows: a preset rebuilt from the document on every edit, or the user's own. */
export type TraceRequestChoice = { readonly kind: 'preset'; readonly id: RequestPreset['id'] } | { readonly kind: 'custom'; readonly request: TraceRequest }

export interface UiState {
  readonly theme: ThemeChoice
  /** Id of the open tab in the panel area (see ui/panels/panel-registry.ts). */
  readonly activePanel: string
  readonly notice: Notice | undefined
  /** The request being traced; undefined follows the first preset (from the internet, else from another pod). */
  readonly traceRequest?: TraceRequestChoice
}

/** Where a loaded document came from (loading resets history). */
export type LoadSource = 'sample' | 'share-link' | 'autosave' | 'file' | 'paste' | 'template'

/** The whole app state: the YAML text is the document, everything else is derived from it or is view state. */
export interface StudioState {
  readonly text: string
  readonly analysis: Analysis
  readonly history: History
  /** Timeline tick the diagram and generated resources show; null follows the default (first tick with canary traffic). */
  readonly selectedTick: number | null
  /** What-if inputs (failing checks, refusing gates) the views' timeline is simulated under; {} = none. */
  readonly whatIf: WhatIf
  readonly focus: Focus | undefined
  readonly ui: UiState
}

export type StudioStore = StoreApi<StudioState>
