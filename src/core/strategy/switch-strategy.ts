import { applyEdit } from '../document/apply-edit.ts'
import { parseDocument, type DocumentOptions } from '../document/parse-document.ts'
import type { Edit, EditResult, ParsedFile } from '../document/types.ts'
import { withoutOwnComments } from './own-comments.ts'
import { describeChange, type StrategyChange } from './describe-change.ts'
import { detectStrategy, findStrategyChoice, type StrategyId } from './strategy-choices.ts'
import { planStrategySwitch, type PlannedEdit } from './strategy-plan.ts'

export type { StrategyChange } from './describe-change.ts'

/** The switched text and what changed, or why the switch could not be made (the text is then unchanged). */
export type StrategySwitchResult =
  | {
      readonly ok: true
      readonly text: string
      readonly from: StrategyId
      readonly to: StrategyId
      /** Every field added, changed or removed, in the order a person reads them: removals first. */
      readonly changes: readonly StrategyChange[]
      /** True when an edit could only be made by re-serialising the Canary document (flow style, aliases). */
      readonly reformatted: boolean
    }
  | { readonly ok: false; readonly message: string }

const analysisPath = ['spec', 'analysis'] as const

function refusal(parsed: ParsedFile): string {
  if (parsed.status === 'empty') return 'The document is empty: there is no Canary to switch.'
  if (parsed.status === 'no-canary') return 'There is no Canary document to switch (no document has `kind: Canary`).'
  const first = parsed.diagnostics.find((d) => d.severity === 'error')
  const where = first?.range
    ? ` (line ${first.range.start.line}, column ${first.range.start.column}: ${first.message})`
    : ''
  return `The YAML has errors${where}; fix them before switching strategy.`
}

function toEdit(planned: PlannedEdit): Edit {
  const path = [...analysisPath, ...planned.path]
  return planned.kind === 'set' ? { kind: 'set', path, value: planned.value } : { kind: 'remove', path }
}

/**
 * One planned edit. A value written over a present one that is not a block collection (`match: []`, `match:`,
 * a scalar) may only be writable by re-serialising the document; removing the key first and writing it anew keeps
 * every other byte, so that is tried whenever the direct edit fails or would re-format.
 */
function applyPlanned(text: string, planned: PlannedEdit, options: DocumentOptions): EditResult {
  if (planned.kind === 'remove') return removeWithComments(text, planned, options)
  const direct = applyEdit(text, toEdit(planned), options)
  if (planned.before === undefined || (direct.ok && !direct.reformatted)) return direct
  const removed = applyEdit(text, { kind: 'remove', path: [...analysisPath, ...planned.path] }, options)
  const anew = removed.ok ? applyEdit(removed.text, toEdit(planned), options) : removed
  if (anew.ok && !anew.reformatted) return anew
  return direct.ok ? direct : anew
}

/** Removes a field together with the comment lines that explain it, so they do not end up above its neighbour. */
function removeWithComments(text: string, planned: PlannedEdit, options: DocumentOptions): EditResult {
  const path = [...analysisPath, ...planned.path]
  const stripped = withoutOwnComments(parseDocument(text, options), path)
  const result = applyEdit(stripped, { kind: 'remove', path }, options)
  return result.ok || stripped === text ? result : applyEdit(text, { kind: 'remove', path }, options)
}

// Additions go first, so removing a parent's last keys never leaves an empty `analysis: {}` to write into.
const applyOrder = (edits: readonly PlannedEdit[]) => [
  ...edits.filter((e) => e.kind === 'set'),
  ...edits.filter((e) => e.kind === 'remove'),
]

/**
 * Rewrites the Canary of `text` so that Flagger runs `target`, as a series of byte-preserving field edits: every
 * comment, metric, webhook and unrelated field stays as it was. Never throws.
 */
export function switchStrategy(text: string, target: StrategyId, options: DocumentOptions = {}): StrategySwitchResult {
  const parsed = parseDocument(text, options)
  const canary = parsed.canary
  if (parsed.status !== 'ok' || !canary) return { ok: false, message: refusal(parsed) }
  const raw = (parsed.documents[parsed.canaryIndex]?.data as { spec?: { analysis?: unknown } } | null)?.spec?.analysis
  const plan = planStrategySwitch(canary, raw, target)
  if ('error' in plan) return { ok: false, message: plan.error }
  const editOptions = { canaryIndex: parsed.canaryIndex }
  let current = text
  let reformatted = false
  for (const planned of applyOrder(plan)) {
    const result = applyPlanned(current, planned, editOptions)
    if (!result.ok) return { ok: false, message: `Could not switch to ${titleOf(target)}: ${result.message}` }
    current = result.text
    reformatted ||= result.reformatted
  }
  const reached = parseDocument(current, editOptions).canary
  const now = reached ? detectStrategy(reached) : undefined
  if (now !== target)
    return {
      ok: false,
      message: `Could not switch to ${titleOf(target)}: the edited Canary would run ${titleOf(now)}.`,
    }
  const changes = plan.map((p) =>
    describeChange([...analysisPath, ...p.path], p.before, p.kind === 'set' ? p.value : undefined),
  )
  return { ok: true, text: current, from: detectStrategy(canary), to: target, changes, reformatted }
}

function titleOf(id: StrategyId | undefined): string {
  return (id && findStrategyChoice(id)?.title) ?? 'no Canary'
}
