import { useState } from 'react'
import { addRow, editRow, mapOf, removeRow, rowsOf, type Rows } from './request-edit.ts'

interface Props {
  /** "Header" or "Cookie": names the rows for screen readers and the add button. */
  readonly noun: string
  readonly values: Readonly<Record<string, string>> | undefined
  readonly onChange: (values: Record<string, string>) => void
  readonly namePlaceholder: string
}

const named = (rows: Rows): Rows => rows.filter(([n]) => n !== '')
const sameRows = (a: Rows, b: Rows) => JSON.stringify(a) === JSON.stringify(b)

/** Editable name/value rows (headers, cookies); a row waiting for its name is kept here, not in the request. */
export function KeyValueRows({ noun, values, onChange, namePlaceholder }: Props) {
  const [rows, setRows] = useState<Rows>(() => rowsOf(values))
  // A preset or another view replaced the map: show it (a blank row being typed into is not part of the map).
  if (!sameRows(named(rows), rowsOf(values))) setRows(rowsOf(values))
  const commit = (next: Rows) => {
    setRows(next)
    if (!sameRows(named(next), named(rows))) onChange(mapOf(named(next)))
  }
  const label = noun.toLowerCase()
  return (
    <div className="kv-rows" role="group" aria-label={`${noun}s`}>
      {rows.map(([name, value], i) => (
        <div className="kv-rows__row" key={i}>
          <input
            className="tracer-input kv-rows__name"
            aria-label={`${noun} ${i + 1} name`}
            placeholder={namePlaceholder}
            value={name}
            spellCheck={false}
            onChange={(e) => {
              const next = editRow(rows, i, e.target.value, value)
              if (next) commit(next)
            }}
          />
          <input
            className="tracer-input kv-rows__value"
            aria-label={`${noun} ${i + 1} value`}
            placeholder="value"
            value={value}
            spellCheck={false}
            onChange={(e) => {
              const next = editRow(rows, i, name, e.target.value)
              if (next) commit(next)
            }}
          />
          <button type="button" className="icon-button" aria-label={`Remove ${label} ${name || i + 1}`} title={`Remove this ${label}`} onClick={() => commit(removeRow(rows, i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="tracer-link" onClick={() => setRows(addRow(rows))} disabled={rows.some(([n]) => n === '')}>
        + Add {label}
      </button>
    </div>
  )
}
