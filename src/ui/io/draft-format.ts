import { utf8Length } from '../../core/text/utf8-length.ts'

/** When a draft was saved, in the reader's locale (the raw stamp when it is not a date). */
export function formatSavedAt(savedAt: string): string {
  const date = new Date(savedAt)
  return Number.isNaN(date.getTime())
    ? savedAt
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** A draft's size as the file it would download to (UTF-8 bytes): "812 B", "14 kB", "4.8 MB". */
export function formatDraftSize(text: string): string {
  const bytes = utf8Length(text)
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
