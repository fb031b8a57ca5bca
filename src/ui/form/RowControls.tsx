/** The × beside an item of a list or map field. */
export function RemoveButton({ label, onRemove }: { readonly label: string; readonly onRemove: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title="Remove" onClick={onRemove}>
      ×
    </button>
  )
}

/** An item's input error, announced as it appears. */
export function InlineError({ error }: { readonly error: string | undefined }) {
  return error ? (
    <span className="field__error" role="alert">
      {error}
    </span>
  ) : null
}

interface AddRowProps {
  readonly className: string
  /** The field's control id (its label points here). */
  readonly id: string
  readonly inputLabel: string
  readonly buttonLabel: string
  readonly placeholder: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly onAdd: () => void
}

/** The last row of a list or map field: what to add, and +. Enter adds too. */
export function AddRow({ className, id, inputLabel, buttonLabel, placeholder, value, onChange, onAdd }: AddRowProps) {
  return (
    <li className={className}>
      <input
        id={id}
        aria-label={inputLabel}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && onAdd()}
      />
      <button
        type="button"
        className="icon-button"
        aria-label={buttonLabel}
        title="Add"
        onClick={onAdd}
        disabled={value.trim() === ''}
      >
        +
      </button>
    </li>
  )
}
