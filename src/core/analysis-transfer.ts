import type { Analysis } from './analyze.ts'
import type { Canary } from './catalog/canary-fields.ts'
import { shareStructure } from './data/share-structure.ts'
import type { Diagnostic } from './diagnostic.ts'

/**
 * An Analysis as it crosses from a worker: everything but the text, which the receiving side already holds (a
 * megabyte string copied twice for nothing). Plain data throughout, so structured clone keeps it whole.
 */
export type AnalysisSnapshot = Omit<Analysis, 'text' | 'parsed'> & {
  readonly parsed: Omit<Analysis['parsed'], 'text'>
}

export function toSnapshot(analysis: Analysis): AnalysisSnapshot {
  const { text: _text, parsed, ...rest } = analysis
  const { text: _parsedText, ...parsedRest } = parsed
  return { ...rest, parsed: parsedRest }
}

/**
 * The Analysis of `text` from a snapshot made elsewhere, sharing every part that equals `previous` (the analysis
 * the views show now) so that views keyed on identity skip what did not change. The yaml documents behind
 * `parsed` are not carried over: whatever needs them (an edit, a range) parses the text again when asked.
 */
export function fromSnapshot(snapshot: AnalysisSnapshot, text: string, previous: Analysis | undefined): Analysis {
  // The three Canaries are often one object (structured clone keeps that): walk each distinct one once.
  const canary = shareStructure(snapshot.canary, previous?.canary)
  const shareCanary = (c: Canary | undefined, before: Canary | undefined) =>
    c === snapshot.canary ? canary : shareStructure(c, before)
  return {
    ...snapshot,
    text,
    parsed: { ...snapshot.parsed, text, canary: shareCanary(snapshot.parsed.canary, previous?.parsed.canary) },
    canary,
    lastGoodCanary: shareCanary(snapshot.lastGoodCanary, previous?.lastGoodCanary),
    gateways: shareStructure(snapshot.gateways, previous?.gateways),
    metricTemplates: shareStructure(snapshot.metricTemplates, previous?.metricTemplates),
    findings: shareStructure(snapshot.findings, previous?.findings),
    validation: shareStructure(snapshot.validation, previous?.validation),
    diagnostics: shareStructure(snapshot.diagnostics, previous?.diagnostics),
    timeline: shareStructure(snapshot.timeline, previous?.timeline),
  }
}

/**
 * The Analysis of a text that could not be analysed (the work took longer than its deadline): the text stands as
 * typed, the views keep showing the last Canary that parsed, and one problem says why nothing newer is shown.
 * Its status is 'invalid', so edits from the form wait until the text is analysed again.
 */
export function stoppedAnalysis(text: string, previous: Analysis | undefined, reason: string): Analysis {
  const problem: Diagnostic = {
    severity: 'error',
    rule: 'analysis-stopped',
    message: reason,
    range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  }
  const diagnostics = [problem]
  return {
    text,
    status: 'invalid',
    parsed: { text, documents: [], canaryIndex: -1, canary: undefined, diagnostics, status: 'invalid' },
    canary: undefined,
    lastGoodCanary: previous?.canary ?? previous?.lastGoodCanary,
    gateways: previous?.gateways ?? [],
    metricTemplates: previous?.metricTemplates ?? [],
    findings: [],
    validation: [],
    diagnostics,
    timeline: previous?.timeline,
    chosenCanaryIndex: previous?.chosenCanaryIndex,
  }
}
