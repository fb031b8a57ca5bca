import { parseRe2 } from './re2/parse-re2.ts'
import { maxRepeat, Re2SyntaxError, Re2Unsupported, repeatProduct } from './re2/re2-ast.ts'
import { compileProgram, maxProgramInstructions, ProgramTooLarge, type Re2Program } from './re2/re2-program.ts'
import { maxMatchSteps, runProgram } from './re2/run-program.ts'
import { utf8Length } from '../text/utf8-length.ts'

// Istio hands `regex` string matches to Envoy's safe_regex (Google RE2), which matches the whole value
// ("the entire path (without the query string) must match the regex", Envoy route.proto). RE2 runs in time linear
// in the input; JavaScript's backtracking RegExp does not (`(a+)+b` against 32 a's froze the tab), so patterns run
// on our own automaton (./re2/). What RE2 refuses is refused with its reason: Istio's validation compiles the
// pattern with Go's regexp (RE2 syntax) and the VirtualService is rejected.

/** A compiled RE2 pattern, answering whole-value matches in linear time. */
export interface Re2Matcher {
  readonly source: string
  /** Whether the whole value matches, or why this preview could not tell. */
  readonly match: (value: string) => { readonly matched: boolean; readonly error?: string }
  /** Whether the whole value matches (false when the preview could not tell). */
  readonly test: (value: string) => boolean
}

/** A compiled RE2 pattern, or why it cannot be used. */
export type Re2Result =
  { readonly ok: true; readonly regex: Re2Matcher } | { readonly ok: false; readonly error: string }

/**
 * Istio pkg/config/validation validateStringRegexp: a regex longer than 1024 bytes is refused ("regex is too
 * large, max length allowed is 1024") as a stand-in for Envoy's re2.max_program_size, which Istio raises.
 */
export const maxRegexBytes = 1024

const quote = (pattern: string): string => JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern)

/** Checks an RE2 pattern as Istio and RE2 would, and compiles it for whole-value matching. */
export function compileRe2(pattern: string): Re2Result {
  const shown = quote(pattern)
  const bytes = utf8Length(pattern)
  if (bytes > maxRegexBytes)
    return {
      ok: false,
      error: `regex ${shown} is too large (${bytes} bytes): Istio allows at most ${maxRegexBytes} and rejects the VirtualService`,
    }
  let program: Re2Program
  try {
    const tree = parseRe2(pattern)
    const product = repeatProduct(tree)
    if (product > maxRepeat)
      throw new Re2SyntaxError(
        `bad repetition operator: nested counts multiply to ${product} (RE2 allows at most ${maxRepeat})`,
      )
    program = compileProgram(tree)
  } catch (err) {
    if (err instanceof ProgramTooLarge)
      return {
        ok: false,
        error: `regex ${shown}: pattern too large - compile failed (RE2's program would exceed about ${maxProgramInstructions} instructions): Envoy rejects the route`,
      }
    if (err instanceof Re2Unsupported)
      return {
        ok: false,
        error: `regex ${shown} uses ${err.message}, which RE2 does not support: Istio rejects the VirtualService`,
      }
    if (err instanceof Re2SyntaxError) return { ok: false, error: `regex ${shown} does not compile: ${err.message}` }
    throw err
  }
  const match = (value: string) => {
    const result = runProgram(program, value)
    if ('exhausted' in result)
      return {
        matched: false,
        error: `regex ${shown}: this preview stopped after ${maxMatchSteps} steps on a ${value.length}-character value (RE2 would answer, in linear time)`,
      }
    return { matched: result.matched }
  }
  return { ok: true, regex: { source: pattern, match, test: (value) => match(value).matched } }
}
