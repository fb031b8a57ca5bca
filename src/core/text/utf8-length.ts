/**
 * How many bytes `text` takes as UTF-8, counted without encoding it: TextEncoder allocates and fills a buffer the
 * size of the text (about 50 ms for a 5 MB file on the page's thread), and only its length is wanted here.
 * A lone surrogate counts as the three bytes of U+FFFD, as TextEncoder writes it.
 */
export function utf8Length(text: string): number {
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) continue
    if (unit < 0x800) bytes += 1
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 2 // the pair is 2 units and 4 bytes
      i++
    } else bytes += 2
  }
  return bytes
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff
