import type { StrategyId } from '../../core/strategy/strategy-choices.ts'
import { switchStrategy, type StrategySwitchResult } from '../../core/strategy/switch-strategy.ts'
import { formBlockedMessage, textChange } from '../commit-text.ts'
import { flushAnalysis } from '../deferred-analysis.ts'
import type { StudioStore } from '../studio-state.ts'

const reformatMessage =
  'Part of that switch could not be made in place (flow style or aliases), so the Canary document was re-formatted.'

/**
 * Switches the Canary to one of Flagger's five deployment strategies: every edit the switch needs becomes ONE
 * undo step. On refusal the text is untouched and the reason is shown as the notice.
 */
export function chooseStrategy(store: StudioStore, target: StrategyId, nowMs = Date.now()): StrategySwitchResult {
  // The switch edits the document the analysis names as the Canary: it must describe the text now.
  flushAnalysis(store)
  const state = store.getState()
  if (state.analysis.status !== 'ok') {
    const message = formBlockedMessage(state.analysis, 'switching strategy')
    store.setState({ ui: { ...state.ui, notice: { kind: 'error', message } } })
    return { ok: false, message }
  }
  const result = switchStrategy(state.text, target, { canaryIndex: state.analysis.parsed.canaryIndex })
  if (!result.ok) {
    store.setState({ ui: { ...state.ui, notice: { kind: 'error', message: result.message } } })
    return result
  }
  if (result.text === state.text) return result
  const notice = result.reformatted ? { kind: 'info' as const, message: reformatMessage } : undefined
  store.setState({ ...textChange(store, state, result.text, 'form', nowMs), ui: { ...state.ui, notice } })
  return result
}
