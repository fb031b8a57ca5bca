import { useState, type ReactNode } from 'react'
import type { FieldPath } from '../../core/diagnostic.ts'
import { useStudio } from '../studio-context.ts'

interface LazyDetailsProps {
  readonly className: string
  /** Written as data-path, so other views can find the group. */
  readonly dataPath?: string | undefined
  /** Written as data-group. */
  readonly group?: string | undefined
  readonly initiallyOpen?: boolean
  readonly summary: ReactNode
  /** True for a focused path the group holds: another view revealing it mounts and opens the group. */
  readonly holds: (path: FieldPath) => boolean
  readonly children: ReactNode
}

/**
 * A collapsible group whose content is mounted only once it is opened, or once another view reveals a field in it,
 * and stays mounted afterwards (drafts survive closing). Most of the form is closed groups and cards: mounting them
 * all made every style and layout pass, and every keystroke's store notification, walk controls nobody sees.
 */
export function LazyDetails({
  className,
  dataPath,
  group,
  initiallyOpen = false,
  summary,
  holds,
  children,
}: LazyDetailsProps) {
  const [wasOpened, setOpened] = useState(initiallyOpen)
  const isRevealed = useStudio((s) => s.focus !== undefined && s.focus.source !== 'form' && holds(s.focus.path))
  // Latched: the revealed field takes the keyboard, which makes the form the focus source and ends isRevealed.
  if (isRevealed && !wasOpened) setOpened(true)
  return (
    <details
      className={className}
      data-path={dataPath}
      data-group={group}
      open={initiallyOpen}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true)
      }}
    >
      {summary}
      {(wasOpened || isRevealed) && children}
    </details>
  )
}
