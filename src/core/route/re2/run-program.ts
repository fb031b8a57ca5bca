import { isWordChar, type CharTest } from './char-class.ts'
import type { Re2Assertion } from './re2-ast.ts'
import type { Re2Program } from './re2-program.ts'

// Simulates the automaton on all its states at once (Thompson / Pike): each input character is looked at once
// per live state, so the work is at most (states × characters), never exponential as backtracking can be.

/** A full match's answer, or the step budget ran out first (only on very long values against very large patterns). */
export type RunResult = ({ readonly matched: boolean } | { readonly exhausted: true }) & {
  /** State visits made: at most (states × (characters + 1)). */
  readonly steps: number
}

/** The most state visits one match may take (a fraction of a second); RE2 itself would go on, linearly. */
export const maxMatchSteps = 5_000_000

class StateSet {
  readonly members: Int32Array
  size = 0
  private readonly marks: Int32Array
  private generation = 1

  constructor(capacity: number) {
    this.members = new Int32Array(capacity)
    this.marks = new Int32Array(capacity)
  }

  clear(): void {
    this.size = 0
    this.generation++
  }

  /** Adds a state; false when it was already in the set. */
  add(state: number): boolean {
    if (this.marks[state] === this.generation) return false
    this.marks[state] = this.generation
    this.members[this.size++] = state
    return true
  }
}

function holds(what: Re2Assertion, input: readonly number[], at: number): boolean {
  const before = at > 0 ? input[at - 1] : undefined
  const after = at < input.length ? input[at] : undefined
  switch (what) {
    case 'begin-text':
      return at === 0
    case 'end-text':
      return at === input.length
    case 'begin-line':
      return before === undefined || before === 10
    case 'end-line':
      return after === undefined || after === 10
    case 'word-boundary':
    case 'not-word-boundary': {
      const isBoundary = (before !== undefined && isWordChar(before)) !== (after !== undefined && isWordChar(after))
      return what === 'word-boundary' ? isBoundary : !isBoundary
    }
  }
}

// The automaton as flat arrays: monomorphic, typed reads keep the inner loop fast.
interface FlatProgram {
  readonly op: Uint8Array
  readonly first: Int32Array
  readonly second: Int32Array
  readonly tests: readonly (CharTest | undefined)[]
  readonly assertions: readonly (Re2Assertion | undefined)[]
}

const [charOp, splitOp, assertOp, matchOp] = [0, 1, 2, 3]
const flatPrograms = new WeakMap<Re2Program, FlatProgram>()

function flatten(program: Re2Program): FlatProgram {
  const cached = flatPrograms.get(program)
  if (cached) return cached
  const n = program.instructions.length
  const flat = {
    op: new Uint8Array(n),
    first: new Int32Array(n),
    second: new Int32Array(n),
    tests: new Array<CharTest | undefined>(n),
    assertions: new Array<Re2Assertion | undefined>(n),
  }
  program.instructions.forEach((instruction, i) => {
    if (instruction.op === 'char')
      [flat.op[i], flat.first[i], flat.tests[i]] = [charOp, instruction.next, instruction.test]
    else if (instruction.op === 'split')
      [flat.op[i], flat.first[i], flat.second[i]] = [splitOp, instruction.first, instruction.second]
    else if (instruction.op === 'assert')
      [flat.op[i], flat.first[i], flat.assertions[i]] = [assertOp, instruction.next, instruction.what]
    else flat.op[i] = matchOp
  })
  flatPrograms.set(program, flat)
  return flat
}

/** Whether the program matches the whole input (Envoy safe_regex semantics: the entire value must match). */
export function runProgram(program: Re2Program, value: string): RunResult {
  const input: number[] = []
  for (const ch of value) input.push(ch.codePointAt(0) ?? 0)
  const { op, first, second, tests, assertions } = flatten(program)
  let current = new StateSet(op.length)
  let following = new StateSet(op.length)
  // Visits every state reachable from `state` without consuming input; `seen` keeps each state once per position.
  const seen = new StateSet(op.length)
  // A state is pushed at most once per incoming edge, and each has at most two.
  const stack = new Int32Array(2 * op.length + 2)
  let steps = 0
  const follow = (into: StateSet, state: number, at: number): void => {
    let top = 0
    stack[top++] = state
    while (top > 0) {
      const s = stack[--top] ?? 0
      if (!seen.add(s)) continue
      steps++
      const kind = op[s]
      if (kind === splitOp) {
        stack[top++] = second[s] ?? 0
        stack[top++] = first[s] ?? 0
      } else if (kind === assertOp) {
        if (holds(assertions[s] ?? 'end-text', input, at)) stack[top++] = first[s] ?? 0
      } else into.add(s)
    }
  }
  seen.clear()
  follow(current, program.start, 0)
  for (let at = 0; at < input.length; at++) {
    if (current.size === 0) return { matched: false, steps }
    if (steps > maxMatchSteps) return { exhausted: true, steps }
    following.clear()
    seen.clear()
    const c = input[at] ?? 0
    for (let i = 0; i < current.size; i++) {
      const s = current.members[i] ?? 0
      if (op[s] === charOp && tests[s]?.(c)) follow(following, first[s] ?? 0, at + 1)
    }
    const swap = current
    current = following
    following = swap
  }
  for (let i = 0; i < current.size; i++) if (op[current.members[i] ?? 0] === matchOp) return { matched: true, steps }
  return { matched: false, steps }
}
