import { clipboardRefusal } from '../../core/export/clipboard-safety.ts'

/** Copies `text` to the clipboard unless it holds control characters; resolves to a message for the user either way. */
export async function copyText(text: string, what: string): Promise<{ ok: boolean; message: string }> {
  const refusal = clipboardRefusal(text, what)
  if (refusal !== undefined) return { ok: false, message: refusal }
  try {
    await navigator.clipboard.writeText(text)
    return { ok: true, message: `Copied ${what} to the clipboard.` }
  } catch {
    return {
      ok: false,
      message: `The browser refused clipboard access, so ${what} was not copied. Use Download instead.`,
    }
  }
}
