import type { ReactNode } from 'react'

interface RemoveButtonProps {
  readonly label: string
  /** The path of the item it removes. */
  readonly dataPath: string
  readonly onRemove: () => void
}

/** The × beside an item of a list or map field. */
export function RemoveButton({ label, dataPath, onRemove }: RemoveButtonProps) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title="Remove"
      data-path={dataPath}
      onClick={onRemove}
    >
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
  /** The path of the list or map it adds to. */
  readonly dataPath: string
  readonly inputLabel: string
  readonly buttonLabel: string
  readonly placeholder: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly onAdd: () => void
  /** More boxes of the new item between the input and + (a map value, its match kind). */
  readonly children?: ReactNode
}

/** The last row of a list or map field: what to add, and +. Enter adds too. */
export function AddRow({
  className,
  id,
  dataPath,
  inputLabel,
  buttonLabel,
  placeholder,
  value,
  onChange,
  onAdd,
  children,
}: AddRowProps) {
  return (
    <li className={className}>
      <input
        id={id}
        data-path={dataPath}
        aria-label={inputLabel}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && onAdd()}
      />
      {children}
      <button
        type="button"
        className="icon-button"
        aria-label={buttonLabel}
        title="Add"
        data-path={dataPath}
        onClick={onAdd}
        disabled={value.trim() === ''}
      >
        +
      </button>
    </li>
  )
}
