import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBase64Url, encodeBase64Url } from './base64url.ts'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('base64url', () => {
  it.each([
    // RFC 4648 §10 test vectors, in the URL-safe alphabet without padding.
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as %j', (ascii, encoded) => {
    expect(encodeBase64Url(new TextEncoder().encode(ascii))).toBe(encoded)
  })

  it('uses - and _ where standard base64 uses + and /', () => {
    expect(encodeBase64Url(bytes(0xfb, 0xff, 0xbf))).toBe('-_-_')
  })

  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        const text = encodeBase64Url(input)
        expect(text).toBe(Buffer.from(input).toString('base64url'))
        const back = decodeBase64Url(text)
        expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(input))
      }),
    )
  })

  it.each([
    ['Zm9v+', 'not base64url'],
    ['Zm9v/w', 'not base64url'],
    ['Zm9vYg==', 'not base64url'],
    ['Zm9 v', 'not base64url'],
    ['Zm9vY', 'length'],
    ['Zh', 'stray bits'],
  ])('rejects %j', (text, reason) => {
    const result = decodeBase64Url(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(reason)
  })
})
