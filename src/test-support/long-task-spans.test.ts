import { describe, expect, it } from 'vitest'
import { splitAtEvent } from './long-task-spans.ts'

describe('splitAtEvent', () => {
  it('puts the task running at the event apart from the others, in whole milliseconds', () => {
    expect(
      splitAtEvent(
        [
          [10, 60.4],
          [100, 180.6],
          [400, 51],
        ],
        103,
      ),
    ).toEqual({ during: [181], others: [60, 51] })
  })

  it('finds none when the event fell in no long task', () => {
    expect(splitAtEvent([[10, 60]], 500)).toEqual({ during: [], others: [60] })
  })
})
