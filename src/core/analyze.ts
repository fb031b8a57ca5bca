import type { Canary } from './catalog/canary-fields.ts'
import type { Diagnostic } from './diagnostic.ts'
import type { ParsedFile, ParseStatus } from './document/types.ts'
import { chooseCanaryIn, parseDocument } from './document/parse-document.ts'
import { attachRanges } from './document/ranges.ts'
import { unprintableDiagnostics } from './document/unprintable-diagnostics.ts'
import { rememberState, stateOf } from './document/parse-state.ts'
import { shareStructure } from './data/share-structure.ts'
import { readIstioGateways, type IstioGateway } from './gateway/istio-gateway.ts'
import { readMetricTemplates, type MetricTemplate } from './metrics/metric-template.ts'
import { hasSameOtherDocuments, lintFile } from './validate/lint-file.ts'
import { simulateAnalysis } from './simulate/scheduler.ts'
import type { Timeline } from './simulate/types.ts'

/**
 * Everything derived from the text, computed in one pass so views never see stages out of step. Later stages
 * (simulate, generate) add fields here, each reused while its input is unchanged.
 */
export interface Analysis {
  readonly text: string
  readonly status: ParseStatus
  readonly parsed: ParsedFile
  /** The Canary as the text says now; undefined unless status is 'ok'. */
  readonly canary: Canary | undefined
  /** The latest Canary that parsed: what the form and diagram show while the text is broken. */
  readonly lastGoodCanary: Canary | undefined
  /** Istio Gateway documents in the file (the previous array while they are unchanged or the text is broken). */
  readonly gateways: readonly IstioGateway[]
  /** Flagger MetricTemplate documents in the file (kept like `gateways`). */
  readonly metricTemplates: readonly MetricTemplate[]
  /** Lint and admission findings by path, before ranges (reused while the Canary and gateways are unchanged). */
  readonly findings: readonly Diagnostic[]
  /** Those findings with ranges in this text (re-attached on every change: a comment line moves them). */
  readonly validation: readonly Diagnostic[]
  /** Parse problems, characters kubectl refuses, then validation findings. */
  readonly diagnostics: readonly Diagnostic[]
  /** Flagger's analysis simulated for the shown Canary (the last good one while the text is broken). */
  readonly timeline: Timeline | undefined
  /** The document index the user chose to edit in a file with several Canaries; undefined edits the first. */
  readonly chosenCanaryIndex: number | undefined
}

/** Lint and admission findings by path, without ranges: the CLI's `lint` runs the same lintFile. */
function validate(
  parsed: ParsedFile,
  canary: Canary | undefined,
  gateways: readonly IstioGateway[],
): readonly Diagnostic[] {
  return canary === undefined ? [] : lintFile({ parsed, canary, gateways })
}

/** The chosen Canary document, or the first Canary when that document is no longer one (it was deleted or edited away). */
function parseChosen(text: string, chosenCanaryIndex: number | undefined, previous?: ParsedFile): ParsedFile {
  if (chosenCanaryIndex === undefined) return parseDocument(text, {}, previous)
  const chosen = parseDocument(text, { canaryIndex: chosenCanaryIndex }, previous)
  return chosen.canaryIndex >= 0 ? chosen : chooseCanaryIn(chosen, {})
}

/** `parsed` with each document's data and the Canary sharing unchanged subtrees with the previous parse. */
function shareWithPrevious(
  parsed: ParsedFile,
  previous: ParsedFile | undefined,
  previousCanary: Canary | undefined,
): ParsedFile {
  if (previous === undefined) return parsed
  const documents = parsed.documents.map((doc, i) => {
    const before = previous.documents[i]
    if (before === undefined) return doc
    const data = shareStructure(doc.data, before.data)
    return data === doc.data ? doc : { ...doc, data }
  })
  const shared: ParsedFile = { ...parsed, documents, canary: shareStructure(parsed.canary, previousCanary) }
  // Same text, same parse: ranges and edits must not parse it again for the new object.
  rememberState(shared, stateOf(parsed))
  return shared
}

/**
 * Analyses `text`; stages whose input did not change since `previous` are reused, not recomputed. The chosen
 * Canary document carries over from `previous` unless `chosenCanaryIndex` is given.
 */
export function analyzeText(
  text: string,
  previous?: Analysis,
  chosenCanaryIndex: number | undefined = previous?.chosenCanaryIndex,
): Analysis {
  if (previous !== undefined && previous.text === text && previous.chosenCanaryIndex === chosenCanaryIndex)
    return previous
  const parsed = shareWithPrevious(
    parseChosen(text, chosenCanaryIndex, previous?.parsed),
    previous?.parsed,
    previous?.canary ?? previous?.lastGoodCanary,
  )
  const parsedCanary = parsed.status === 'ok' ? parsed.canary : undefined
  // The documents share unchanged data with the previous parse, so an unchanged Canary document is the same object:
  // a comment or layout edit recomputes nothing keyed on it.
  const isSameCanary =
    previous?.canary !== undefined &&
    parsedCanary !== undefined &&
    parsed.canaryIndex === previous.parsed.canaryIndex &&
    parsed.documents[parsed.canaryIndex]?.data === previous.parsed.documents[previous.parsed.canaryIndex]?.data
  // Keep the previous objects when only comments or layout changed, so selectors on them do not re-render.
  const canary = isSameCanary ? previous.canary : parsedCanary
  // While the text is broken the documents are unreliable: keep the last Gateways and MetricTemplates read.
  const isBroken = parsed.status === 'invalid'
  const gateways = isBroken
    ? (previous?.gateways ?? [])
    : shareStructure(readIstioGateways(parsed.documents), previous?.gateways)
  const metricTemplates = isBroken
    ? (previous?.metricTemplates ?? [])
    : shareStructure(readMetricTemplates(parsed.documents), previous?.metricTemplates)
  const findings =
    isSameCanary && gateways === previous.gateways && hasSameOtherDocuments(parsed, previous.parsed)
      ? previous.findings
      : validate(parsed, canary, gateways)
  const validation = shareStructure(attachRanges(parsed, findings), previous?.validation)
  const lastGoodCanary = canary ?? (parsed.status === 'invalid' ? previous?.lastGoodCanary : undefined)
  const isSameShownCanary =
    previous !== undefined && (canary ?? lastGoodCanary) === (previous.canary ?? previous.lastGoodCanary)
  const shown = canary ?? lastGoodCanary
  // Many edits (a webhook URL, a metric's bounds) leave the simulated run as it was: keep the previous objects then,
  // so the timeline and what reads the shown tick do not re-render.
  const timeline = isSameShownCanary
    ? previous.timeline
    : shown === undefined
      ? undefined
      : shareStructure(simulateAnalysis(shown), previous?.timeline)
  return {
    text,
    status: parsed.status,
    parsed,
    canary,
    lastGoodCanary,
    gateways,
    metricTemplates,
    findings,
    validation,
    // Shared with the previous list while equal (a comment typed at a line's end moves no range), so the Problems
    // panel, status strip and field markers do not re-render.
    diagnostics: shareStructure(
      [...parsed.diagnostics, ...unprintableDiagnostics(text), ...validation],
      previous?.diagnostics,
    ),
    timeline,
    chosenCanaryIndex,
  }
}
