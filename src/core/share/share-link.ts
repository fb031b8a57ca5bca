import { decodeBase64Url, encodeBase64Url } from './base64url.ts'
import { deflateRaw, inflateRaw } from './compression.ts'

// A share link carries the whole YAML in the URL fragment: `#yaml=` + base64url(deflate-raw(UTF-8 text)).
// The fragment never reaches a server, so sharing needs no backend and leaks nothing to one.

/** The fragment prefix every share link starts with. */
export const SHARE_HASH_PREFIX = '#yaml='

/** The longest fragment we make or accept; browsers, chat tools and proxies start cutting URLs around here. */
export const MAX_SHARE_HASH_LENGTH = 32 * 1024

/** The most UTF-8 bytes a link may expand to; bounds the work a hostile link can cause. */
export const MAX_SHARED_TEXT_BYTES = 1024 * 1024

/** The `#yaml=…` fragment, or why the text cannot travel in a link. */
export type EncodeShareLinkResult =
  { readonly ok: true; readonly hash: string } | { readonly ok: false; readonly message: string }
/** The shared text, or a message saying what is wrong with the link. */
export type DecodeShareLinkResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }

const tooLarge = 'This document is too large for a link; download the file instead.'

/** Makes the `#yaml=…` fragment for `text`, or says why it cannot (too large, or text that UTF-8 cannot carry). */
export async function encodeShareLink(text: string): Promise<EncodeShareLinkResult> {
  // UTF-8 never takes fewer bytes than UTF-16 code units: a long string is too large without encoding it.
  if (text.length > MAX_SHARED_TEXT_BYTES) return { ok: false, message: tooLarge }
  if (hasLoneSurrogate(text)) {
    return {
      ok: false,
      message: 'This text contains a broken Unicode character (a lone surrogate) that a link cannot carry.',
    }
  }
  const utf8 = new TextEncoder().encode(text)
  if (utf8.length > MAX_SHARED_TEXT_BYTES) return { ok: false, message: tooLarge }
  const hash = SHARE_HASH_PREFIX + encodeBase64Url(await deflateRaw(utf8))
  if (hash.length > MAX_SHARE_HASH_LENGTH) return { ok: false, message: tooLarge }
  return { ok: true, hash }
}

/** Whether a location hash (or a whole URL) carries a shared document. */
export function hasSharedDocument(hashOrUrl: string): boolean {
  return fragmentOf(hashOrUrl).startsWith(SHARE_HASH_PREFIX)
}

/** Reads the YAML back from a `#yaml=…` fragment (or a URL ending in one), with a clear message for every kind of damage. */
export async function decodeShareLink(hashOrUrl: string): Promise<DecodeShareLinkResult> {
  const fragment = fragmentOf(hashOrUrl)
  if (!fragment.startsWith(SHARE_HASH_PREFIX)) return fail('it has no "#yaml=" part')
  if (fragment.length > MAX_SHARE_HASH_LENGTH) return fail(`it is longer than ${MAX_SHARE_HASH_LENGTH} characters`)
  const payload = fragment.slice(SHARE_HASH_PREFIX.length)
  if (payload === '') return fail('it is empty after "#yaml="')
  const decoded = decodeBase64Url(payload)
  if (!decoded.ok) return fail(`${decoded.message}; the link may have been cut when it was copied`)
  const inflated = await inflateRaw(decoded.bytes, MAX_SHARED_TEXT_BYTES)
  if (!inflated.ok) return fail(inflated.message)
  try {
    // ignoreBOM keeps a leading U+FEFF, so the text comes back exactly as it was shared.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes) }
  } catch {
    return fail('its content is not UTF-8 text')
  }
}

function fail(reason: string): DecodeShareLinkResult {
  return { ok: false, message: `This share link cannot be opened: ${reason}.` }
}

function fragmentOf(hashOrUrl: string): string {
  const at = hashOrUrl.indexOf('#')
  if (at >= 0) return hashOrUrl.slice(at)
  return hashOrUrl.startsWith('yaml=') ? `#${hashOrUrl}` : hashOrUrl
}

function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
}
