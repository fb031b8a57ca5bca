import { encodeShareLink } from '../../core/share/share-link.ts'
import { showNotice } from '../../store/intents/show-notice.ts'
import type { StudioStore } from '../../store/studio-state.ts'
import { copyText } from './clipboard.ts'

/** The address of this page carrying `hash`, without any earlier fragment. */
export function shareUrl(hash: string): string {
  const { origin, pathname } = window.location
  return `${origin}${pathname}${hash}`
}

/** Copies a link that opens the current text (all of it, every document) and says so; too large gets the message instead. */
export async function shareCurrentDocument(store: StudioStore): Promise<void> {
  const encoded = await encodeShareLink(store.getState().text)
  if (!encoded.ok) return showNotice(store, { kind: 'error', message: encoded.message })
  const copied = await copyText(shareUrl(encoded.hash), 'the share link')
  showNotice(store, {
    kind: copied.ok ? 'info' : 'error',
    message: copied.ok
      ? `${copied.message} Anyone with it sees this YAML; it is never sent to a server.`
      : copied.message,
  })
}
