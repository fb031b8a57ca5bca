import { useId, useRef, useState, type KeyboardEvent } from 'react'
import type { ObjectNode } from '../../core/catalog/dsl.ts'

// One line per webhook type for the picker, condensed from the catalog's doc of `type` (Flagger's
// pkg/controller/scheduler_hooks.go and webhook.go decide when each fires).
const typeHints: Readonly<Record<string, string>> = {
  'confirm-rollout': 'gate before the canary is scaled up',
  'pre-rollout': 'once before any traffic moves; a failure is a failed check',
  rollout: 'every analysis tick, before the metrics (load tests)',
  'confirm-traffic-increase': 'gate before each weight increase',
  'confirm-promotion': 'gate before promotion',
  'post-rollout': 'after success or rollback',
  rollback: 'every tick; an answer of 200–202 rolls back',
  event: 'on every event Flagger records',
}

/** The choices of an item's `type` enum (empty value left out: it means the default), or none. */
export function typeChoices(node: ObjectNode): readonly string[] {
  const type = node.fields.type
  return type?.kind === 'string' && type.enum ? type.enum.filter((t) => t !== '') : []
}

interface AddItemButtonProps {
  readonly node: ObjectNode
  readonly noun: string
  /** The path of the list it adds to. */
  readonly dataPath: string
  readonly onAdd: (extra?: Record<string, unknown>) => void
}

/** "+ Add <item>": adds at once, or, for items with a type (webhooks), first asks which type. */
export function AddItemButton({ node, noun, dataPath, onAdd }: AddItemButtonProps) {
  const choices = typeChoices(node)
  const [isOpen, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menuId = useId()
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  const onMenuKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation()
      close()
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    e.preventDefault()
    const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
  }
  return (
    <span
      className="add-item"
      onBlur={(e) => {
        // A click or Tab elsewhere closes the menu.
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false)
      }}
    >
      <button
        ref={button}
        type="button"
        className="text-button"
        data-path={dataPath}
        aria-haspopup={choices.length > 0 ? 'menu' : undefined}
        aria-expanded={choices.length > 0 ? isOpen : undefined}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => (choices.length > 0 ? setOpen(!isOpen) : onAdd())}
      >
        + Add {noun}
      </button>
      {isOpen && (
        <span
          className="add-item__menu"
          role="menu"
          id={menuId}
          aria-label={`Type of the new ${noun}`}
          onKeyDown={onMenuKey}
        >
          {choices.map((type, i) => (
            <button
              key={type}
              type="button"
              role="menuitem"
              className="add-item__choice"
              data-type={type}
              autoFocus={i === 0}
              onClick={() => {
                setOpen(false)
                onAdd({ type })
              }}
            >
              <span className="add-item__type">{type}</span>
              {typeHints[type] && <span className="add-item__hint">{typeHints[type]}</span>}
            </button>
          ))}
        </span>
      )}
    </span>
  )
}
