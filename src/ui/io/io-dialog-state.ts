import type { CanaryChoice } from '../../core/import/inspect-import.ts'
import type { LoadSource } from '../../store/studio-state.ts'

/** A document waiting to be loaded once the user agrees or chooses its Canary. */
export interface PendingLoad {
  readonly text: string
  readonly source: LoadSource
  readonly canaryIndex?: number
  /** Runs once the document is loaded (not when the user keeps the current one). */
  readonly onLoaded?: () => void
  /** What is wrong with the text (a YAML error, no Canary), shown once it is loaded. */
  readonly problem?: string
}

/** Which I/O dialog is open, with what it needs. */
export type IoDialog =
  | { readonly kind: 'templates' }
  | { readonly kind: 'paste' }
  | {
      readonly kind: 'choose-canary'
      readonly load: PendingLoad
      readonly canaries: readonly CanaryChoice[]
      readonly documentCount: number
    }
  | { readonly kind: 'confirm-replace'; readonly load: PendingLoad; readonly reason: string }
