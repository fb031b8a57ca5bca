import { useRef } from 'react'
import { formatPath } from '../../core/diagnostic.ts'
import { selectIsReadOnly, selectShownCanary } from '../../store/selectors.ts'
import { useStudio } from '../studio-context.ts'
import { nodeAt } from '../../core/catalog/field-docs.ts'
import { FieldWidget } from './FieldWidget.tsx'
import { formSections } from './form-sections.ts'
import { InvalidYamlBanner } from './InvalidYamlBanner.tsx'
import { useRevealFocusedField } from './use-reveal-focused-field.ts'

function EmptyState() {
  const status = useStudio((s) => s.analysis.status)
  if (status === 'invalid') return null
  const message = status === 'empty' ? 'The document is empty.' : 'The YAML has no document with kind: Canary.'
  return <p className="pane__empty">{message} Add one in the YAML editor to edit it here.</p>
}

/** The form: catalog-derived sections over the Canary; read-only with a banner while the YAML does not parse. */
export function FormPane() {
  const isReadOnly = useStudio(selectIsReadOnly)
  const hasCanary = useStudio((s) => selectShownCanary(s) !== undefined)
  const body = useRef<HTMLDivElement>(null)
  useRevealFocusedField(body)
  return (
    <section className="pane pane--form" aria-label="Form">
      <header className="pane__header">
        <h2>Form</h2>
        {isReadOnly && hasCanary && <span className="pane__badge">read-only</span>}
      </header>
      <div className="pane__body form" ref={body}>
        <InvalidYamlBanner />
        {hasCanary ? (
          <fieldset className="form__sections" disabled={isReadOnly}>
            {formSections.map((section) => (
              <details key={section.id} className="form-section" open>
                <summary>{section.title}</summary>
                {section.paths.map((path) => {
                  const node = nodeAt(path)
                  return node ? <FieldWidget key={formatPath(path)} node={node} path={path} /> : null
                })}
              </details>
            ))}
          </fieldset>
        ) : (
          <EmptyState />
        )}
      </div>
    </section>
  )
}
