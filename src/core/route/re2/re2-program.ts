import type { CharTest } from './char-class.ts'
import type { Re2Assertion, Re2Node } from './re2-ast.ts'

// Thompson's construction: the pattern becomes a nondeterministic automaton whose size is linear in the
// pattern (with counted repetitions expanded), so a match can run in time linear in the input.

/** One automaton state: consume a character, fork, test a position, or accept. */
export type Re2Instruction =
  | { readonly op: 'char'; readonly test: CharTest; readonly next: number }
  | { readonly op: 'split'; readonly first: number; readonly second: number }
  | { readonly op: 'assert'; readonly what: Re2Assertion; readonly next: number }
  | { readonly op: 'match' }

/** A compiled pattern: its states and the one it starts from. */
export interface Re2Program {
  readonly instructions: readonly Re2Instruction[]
  readonly start: number
}

/**
 * RE2's default budget (max_mem 8 MiB, two thirds for the forward program, a quarter of that for instructions
 * of 16 bytes) allows about 87,000 instructions; past it RE2 fails with "pattern too large - compile failed".
 */
export const maxProgramInstructions = 87_000

/** Thrown while compiling when the automaton would outgrow maxProgramInstructions. */
export class ProgramTooLarge extends Error {}

/** Compiles a parsed pattern into an automaton that accepts exactly the strings it matches in full. */
export function compileProgram(node: Re2Node): Re2Program {
  const instructions: Re2Instruction[] = [{ op: 'match' }]
  const emit = (instruction: Re2Instruction): number => {
    if (instructions.length >= maxProgramInstructions) throw new ProgramTooLarge()
    instructions.push(instruction)
    return instructions.length - 1
  }
  // Built back to front: each node is compiled with the state that follows it already known.
  const compile = (n: Re2Node, next: number): number => {
    switch (n.kind) {
      case 'empty':
        return next
      case 'char':
        return emit({ op: 'char', test: n.test, next })
      case 'assert':
        return emit({ op: 'assert', what: n.what, next })
      case 'concat':
        return n.items.reduceRight((after, item) => compile(item, after), next)
      case 'alternate': {
        const starts = n.items.map((item) => compile(item, next))
        return starts.reduceRight((rest, start) => emit({ op: 'split', first: start, second: rest }))
      }
      case 'repeat':
        return compileRepeat(n, next)
    }
  }
  const compileRepeat = (n: Extract<Re2Node, { kind: 'repeat' }>, next: number): number => {
    let tail = next
    if (n.max === -1) {
      // x*: a fork that either enters x (which loops back to the fork) or leaves.
      const fork = emit({ op: 'split', first: -1, second: next })
      const body = compile(n.item, fork)
      instructions[fork] = { op: 'split', first: body, second: next }
      tail = fork
    } else {
      // x{0,k}: k nested optionals, (x(x(x)?)?)?, each leaving straight to `next`.
      for (let i = n.min; i < n.max; i++) tail = emit({ op: 'split', first: compile(n.item, tail), second: next })
    }
    for (let i = 0; i < n.min; i++) tail = compile(n.item, tail)
    return tail
  }
  return { instructions, start: compile(node, 0) }
}
