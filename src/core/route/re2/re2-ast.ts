import type { CharTest } from './char-class.ts'

/** Zero-width assertions of RE2: ^ $ (text or, under (?m), line), \A \z, \b \B. */
export type Re2Assertion = 'begin-text' | 'end-text' | 'begin-line' | 'end-line' | 'word-boundary' | 'not-word-boundary'

/** A parsed RE2 pattern. Captures do not matter to a yes/no full match, so groups leave no node. */
export type Re2Node =
  | { readonly kind: 'empty' }
  | { readonly kind: 'char'; readonly test: CharTest }
  | { readonly kind: 'concat'; readonly items: readonly Re2Node[] }
  | { readonly kind: 'alternate'; readonly items: readonly Re2Node[] }
  /** max is -1 for no upper bound. */
  | { readonly kind: 'repeat'; readonly item: Re2Node; readonly min: number; readonly max: number }
  | { readonly kind: 'assert'; readonly what: Re2Assertion }

/** Why RE2 refuses a pattern, in RE2's words where it has them. */
export class Re2SyntaxError extends Error {}

/** A construct of other engines (lookaround, backreference …) that RE2 leaves out by design. */
export class Re2Unsupported extends Re2SyntaxError {}

/** RE2's bound on a repetition count, and on the product of nested counts (parse.cc kMaxRepeat). */
export const maxRepeat = 1000

/** The largest count a node's repetitions multiply to (RE2 refuses a pattern whose product exceeds maxRepeat). */
export function repeatProduct(node: Re2Node): number {
  switch (node.kind) {
    case 'concat':
    case 'alternate':
      return Math.max(1, ...node.items.map(repeatProduct))
    case 'repeat': {
      const count = node.max === -1 ? node.min : node.max
      return Math.max(1, count) * repeatProduct(node.item)
    }
    default:
      return 1
  }
}
