import { describe, expect, it } from 'vitest'
import { fillModel, fillStepChars, type FillableModel } from './fill-model.ts'

/** A model over a plain string: line and column arithmetic as Monaco's (1-based, LF lines). */
class StringModel implements FillableModel {
  value = ''
  sizes: number[] = []
  setValue(value: string): void {
    this.value = value
    this.sizes.push(value.length)
  }
  getLineCount(): number {
    return this.value.split('\n').length
  }
  getLineMaxColumn(line: number): number {
    return (this.value.split('\n')[line - 1] ?? '').length + 1
  }
  applyEdits(edits: Parameters<FillableModel['applyEdits']>[0]): never {
    for (const { range, text } of edits) {
      const lines = this.value.split('\n')
      const offset =
        lines.slice(0, range.startLineNumber - 1).reduce((n, l) => n + l.length + 1, 0) + range.startColumn - 1
      expect(offset).toBe(this.value.length)
      this.value += text ?? ''
      this.sizes.push((text ?? '').length)
    }
    return undefined as never
  }
}

const lines = (count: number, width = 40) =>
  Array.from({ length: count }, (_, i) => `key-${i}: ${'v'.repeat(width)}`).join('\n')

function runFill(text: string) {
  const model = new StringModel()
  const steps: (() => void)[] = []
  let finished = false
  const fill = fillModel(
    model,
    text,
    () => (finished = true),
    (step) => steps.push(step),
  )
  return { model, steps, fill, isDone: () => finished }
}

describe('fillModel', () => {
  it.each([
    ['a small text', 'kind: Canary\n'],
    ['an empty text', ''],
    ['a large text ending in a line break', `${lines(30_000)}\n`],
    ['a large text without a final line break', lines(30_000)],
    ['a large text of one line', 'x'.repeat(fillStepChars * 2 + 5)],
  ])('ends with the whole of %s, in parts no larger than a step and a line', (_label, text) => {
    const { model, steps, isDone } = runFill(text)
    while (steps.length > 0) steps.shift()!()
    expect(isDone()).toBe(true)
    expect(model.value).toBe(text)
    const longestLine = Math.max(...text.split('\n').map((l) => l.length + 1))
    for (const size of model.sizes) expect(size).toBeLessThanOrEqual(Math.max(fillStepChars + longestLine, longestLine))
  })

  it('splits a 1.2 MB text into parts that each end a line', () => {
    const text = `${lines(26_000)}\n`
    const { model, steps } = runFill(text)
    while (steps.length > 0) steps.shift()!()
    expect(model.sizes.length).toBeGreaterThan(2)
    let at = 0
    for (const size of model.sizes) {
      at += size
      expect(text[at - 1]).toBe('\n')
    }
  })

  it('stops at cancel, before the next part', () => {
    const text = `${lines(30_000)}\n`
    const { model, steps, fill, isDone } = runFill(text)
    steps.shift()!()
    const partial = model.value
    fill.cancel()
    while (steps.length > 0) steps.shift()!()
    expect(model.value).toBe(partial)
    expect(text.startsWith(partial)).toBe(true)
    expect(isDone()).toBe(false)
  })
})
