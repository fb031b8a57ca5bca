import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, emptyHistory, historyLimit, recordChange, redo, undo } from './history.ts'

describe('history', () => {
  it('undoes and redoes a form edit as one step', () => {
    const h = recordChange(emptyHistory(), 'a', 'form', 0)
    const back = undo(h, 'b')
    expect(back?.text).toBe('a')
    expect(canRedo(back!.history)).toBe(true)
    const forward = redo(back!.history, 'a')
    expect(forward?.text).toBe('b')
    expect(canUndo(forward!.history)).toBe(true)
  })

  it('merges editor keystrokes less than a second apart', () => {
    let h = recordChange(emptyHistory(), 'a', 'editor', 0)
    h = recordChange(h, 'ab', 'editor', 400)
    h = recordChange(h, 'abc', 'editor', 1300)
    expect(h.past).toEqual(['a'])
    expect(undo(h, 'abcd')?.text).toBe('a')
  })

  it('starts a new entry after a pause in typing', () => {
    let h = recordChange(emptyHistory(), 'a', 'editor', 0)
    h = recordChange(h, 'ab', 'editor', 1000)
    expect(h.past).toEqual(['a', 'ab'])
  })

  it('keeps a form edit as its own entry between keystrokes', () => {
    let h = recordChange(emptyHistory(), 'a', 'editor', 0)
    h = recordChange(h, 'ab', 'form', 100)
    h = recordChange(h, 'abc', 'editor', 200)
    h = recordChange(h, 'abcd', 'editor', 300)
    expect(h.past).toEqual(['a', 'ab', 'abc'])
  })

  it('does not merge a keystroke into the entry before an undo', () => {
    let h = recordChange(emptyHistory(), 'a', 'editor', 0)
    h = undo(h, 'ab')!.history
    h = recordChange(h, 'a', 'editor', 100)
    expect(h.past).toEqual(['a'])
    expect(canRedo(h)).toBe(false)
  })

  it('has nothing to undo or redo when empty', () => {
    expect(undo(emptyHistory(), 'x')).toBeUndefined()
    expect(redo(emptyHistory(), 'x')).toBeUndefined()
  })

  it('drops the oldest entries beyond the limit', () => {
    let h = emptyHistory()
    for (let i = 0; i < historyLimit + 5; i++) h = recordChange(h, `t${i}`, 'form', i)
    expect(h.past).toHaveLength(historyLimit)
    expect(h.past[0]).toBe('t5')
  })
})

describe('history typing sessions', () => {
  it('merges the form changes of one typing session into one entry, however slow', () => {
    let h = recordChange(emptyHistory(), 'a', 'form', 0, 'typing-1')
    h = recordChange(h, 'ab', 'form', 5000, 'typing-1')
    h = recordChange(h, 'abc', 'form', 9000, 'typing-1')
    expect(h.past).toEqual(['a'])
    h = recordChange(h, 'abcd', 'form', 9100, 'typing-2')
    expect(h.past).toEqual(['a', 'abcd'])
  })

  it('does not merge a session across another change or an undo', () => {
    let h = recordChange(emptyHistory(), 'a', 'form', 0, 'typing-1')
    h = recordChange(h, 'ab', 'editor', 10)
    h = recordChange(h, 'abc', 'form', 20, 'typing-1')
    expect(h.past).toEqual(['a', 'ab', 'abc'])
    h = undo(h, 'abcd')!.history
    h = recordChange(h, 'abc', 'form', 30, 'typing-1')
    expect(h.past).toEqual(['a', 'ab', 'abc'])
  })
})
