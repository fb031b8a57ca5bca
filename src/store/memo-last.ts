/**
 * Memoises a function on the identity of its arguments, keeping only the last call: what a selector needs so that
 * useStudio(selector) sees the same object until an input really changes.
 */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result
    const result = compute(...args)
    last = { args, result }
    return result
  }
}
