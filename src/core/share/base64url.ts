// RFC 4648 §5 ("base64url"): the URL- and filename-safe alphabet, written without '=' padding so the
// text can sit in a URL fragment untouched. Written here rather than with btoa/atob: those work on
// "binary strings" and accept the standard alphabet, padding and whitespace, which a strict decoder must refuse.

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const valueOf = new Map<string, number>([...alphabet].map((c, i) => [c, i]))

/** Encodes bytes as base64url without padding (RFC 4648 §5). */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]!
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]!
  }
  return out
}

/** The decoded bytes, or what makes the text invalid base64url. */
export type Base64UrlDecodeResult =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string }

/** Decodes unpadded base64url strictly: any other character, a dangling character or non-zero spare bits is an error. */
export function decodeBase64Url(text: string): Base64UrlDecodeResult {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let written = 0
  for (let i = 0; i < text.length; i++) {
    const value = valueOf.get(text[i]!)
    if (value === undefined)
      return { ok: false, message: `character ${JSON.stringify(text[i])} at position ${i + 1} is not base64url` }
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[written++] = (buffer >> bits) & 0xff
    }
  }
  if (text.length % 4 === 1)
    return { ok: false, message: 'its length is not possible for base64url (a character is missing or extra)' }
  // The spare low bits of the last character must be zero, or two different strings would decode alike.
  if ((buffer & ((1 << bits) - 1)) !== 0)
    return { ok: false, message: 'its last character has stray bits (the text was cut or altered)' }
  return { ok: true, bytes }
}
