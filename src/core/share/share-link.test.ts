import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeBase64Url } from './base64url.ts'
import { deflateRaw } from './compression.ts'
import { MAX_SHARE_HASH_LENGTH, decodeShareLink, encodeShareLink, hasSharedDocument } from './share-link.ts'

async function roundTrip(text: string): Promise<string> {
  const encoded = await encodeShareLink(text)
  if (!encoded.ok) throw new Error(encoded.message)
  const decoded = await decodeShareLink(encoded.hash)
  if (!decoded.ok) throw new Error(decoded.message)
  return decoded.text
}

/** A multi-document file of many Canaries that differ the way real ones do (names, weights, hosts). */
function largeRealisticYaml(minBytes: number): string {
  let text = ''
  for (let i = 0; text.length < minBytes; i++) {
    text += `---
# Canary for service ${i}: rolls out in ${(i % 5) + 1}0% steps
apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: service-${i}
  namespace: team-${i % 7}
spec:
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: service-${i}
  service:
    port: ${8000 + (i % 50)}
    hosts:
      - service-${i}.example.com
  analysis:
    interval: ${(i % 4) + 1}m
    threshold: ${(i % 9) + 1}
    maxWeight: 50
    stepWeight: ${(i % 5) + 1}0
    metrics:
      - name: request-success-rate
        thresholdRange:
          min: 99
        interval: 1m
`
  }
  return text
}

async function hashOf(bytes: Uint8Array): Promise<string> {
  return `#yaml=${encodeBase64Url(await deflateRaw(bytes))}`
}

describe('share links', () => {
  it('round-trips unicode, comments, CRLF, a BOM and trailing spaces byte for byte', async () => {
    const text = '\uFEFF# café ☕ — 日本語 🚀\r\nmetadata:\r\n  name: "ünïcödé"   \r\n  # a comment\n'
    expect(await roundTrip(text)).toBe(text)
  })

  it('round-trips the empty text', async () => {
    expect(await roundTrip('')).toBe('')
  })

  it('makes a fragment of the documented shape', async () => {
    const encoded = await encodeShareLink('kind: Canary\n')
    expect(encoded.ok && encoded.hash).toMatch(/^#yaml=[A-Za-z0-9_-]+$/)
  })

  it('fits a 100 KB multi-document file in a link and reads it back exactly', async () => {
    const text = largeRealisticYaml(100 * 1024)
    expect(text.length).toBeGreaterThanOrEqual(100 * 1024)
    const encoded = await encodeShareLink(text)
    expect(encoded.ok).toBe(true)
    if (encoded.ok) expect(encoded.hash.length).toBeLessThanOrEqual(MAX_SHARE_HASH_LENGTH)
    expect(await roundTrip(text)).toBe(text)
  })

  it('refuses text that does not compress under the cap, with advice', async () => {
    const random = fc.sample(fc.string({ unit: 'grapheme-ascii', minLength: 60_000, maxLength: 60_000 }), {
      numRuns: 1,
      seed: 7,
    })[0]!
    const encoded = await encodeShareLink(random)
    expect(encoded).toEqual({ ok: false, message: 'This document is too large for a link; download the file instead.' })
  })

  it('refuses a text that would expand past the decoding cap, however well it compresses', async () => {
    expect((await encodeShareLink('a'.repeat(1024 * 1024 + 1))).ok).toBe(false)
    expect((await encodeShareLink('é'.repeat(600 * 1024))).ok).toBe(false)
    expect((await encodeShareLink('a'.repeat(1024 * 1024))).ok).toBe(true)
  })

  it('refuses a lone surrogate rather than sending a changed text', async () => {
    const encoded = await encodeShareLink('name: \uD800x')
    expect(encoded.ok).toBe(false)
  })

  it('round-trips arbitrary unicode strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        expect(await roundTrip(text)).toBe(text)
      }),
      { numRuns: 200 },
    )
  })

  it('accepts a whole URL or the fragment without #', async () => {
    const encoded = await encodeShareLink('a: 1\n')
    if (!encoded.ok) throw new Error(encoded.message)
    expect(await decodeShareLink(`https://studio.example/app/${encoded.hash}`)).toEqual({ ok: true, text: 'a: 1\n' })
    expect(await decodeShareLink(encoded.hash.slice(1))).toEqual({ ok: true, text: 'a: 1\n' })
    expect(hasSharedDocument(`https://x/${encoded.hash}`)).toBe(true)
    expect(hasSharedDocument('#section-2')).toBe(false)
  })
})

describe('decoding damaged links', () => {
  const reasonOf = async (hash: string) => {
    const result = await decodeShareLink(hash)
    expect(result.ok).toBe(false)
    return result.ok ? '' : result.message
  }

  it('names a fragment without #yaml=', async () => {
    expect(await reasonOf('#other=1')).toBe('This share link cannot be opened: it has no "#yaml=" part.')
    expect(await reasonOf('#yaml=')).toContain('empty')
  })

  it('names bad base64url', async () => {
    expect(await reasonOf('#yaml=abc$def')).toContain('is not base64url')
  })

  it('names damaged compressed data, including a link cut short', async () => {
    expect(await reasonOf('#yaml=_____w')).toContain('damaged')
    const whole = await encodeShareLink(largeRealisticYaml(4000))
    if (!whole.ok) throw new Error(whole.message)
    const payload = whole.hash.slice('#yaml='.length)
    const firstHalf = payload.slice(0, 4 * Math.floor(payload.length / 8))
    expect(await reasonOf(`#yaml=${firstHalf}`)).toContain('damaged')
  })

  it('stops a decompression bomb', async () => {
    const bomb = await hashOf(new Uint8Array(2 * 1024 * 1024).fill(0x61))
    expect(bomb.length).toBeLessThan(MAX_SHARE_HASH_LENGTH)
    expect(await reasonOf(bomb)).toContain('expands to more than 1048576 bytes')
  })

  it('names content that is not UTF-8', async () => {
    expect(await reasonOf(await hashOf(new Uint8Array([0x61, 0xff, 0xfe, 0x62])))).toContain('not UTF-8')
  })

  it('refuses an over-long fragment before decoding it', async () => {
    expect(await reasonOf(`#yaml=${'A'.repeat(MAX_SHARE_HASH_LENGTH)}`)).toContain('longer than')
  })
})
