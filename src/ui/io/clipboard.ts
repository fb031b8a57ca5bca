/** Copies `text` to the clipboard; resolves to a message for the user either way. */
export async function copyText(text: string, what: string): Promise<{ ok: boolean; message: string }> {
  try {
    await navigator.clipboard.writeText(text)
    return { ok: true, message: `Copied ${what} to the clipboard.` }
  } catch {
    return { ok: false, message: `The browser refused clipboard access, so ${what} was not copied. Use Download instead.` }
  }
}
