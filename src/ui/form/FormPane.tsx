import { formatPath } from '../../core/diagnostic.ts'
import { useRef } from 'react'
import { selectIsReadOnly, selectShownCanary } from '../../store/selectors.ts'
import { useStudio } from '../studio-context.ts'
import { FieldGroupBody } from './FieldGroupBody.tsx'
import { FieldSearch } from './FieldSearch.tsx'
import { formSections, sectionFields } from './form-sections.ts'
import { InvalidYamlBanner } from './InvalidYamlBanner.tsx'
import { StrategyPicker } from './StrategyPicker.tsx'
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
        {hasCanary && <FieldSearch />}
      </header>
      <div className="pane__body form" ref={body}>
        <InvalidYamlBanner />
        {hasCanary ? (
          <fieldset className="form__sections" disabled={isReadOnly}>
            <StrategyPicker />
            {formSections.map((section) => (
              <details
                key={section.id}
                className="form-section"
                data-section={section.id}
                data-path={section.pick ? undefined : formatPath(section.root)}
                open
              >
                <summary>{section.title}</summary>
                <FieldGroupBody fields={sectionFields(section)} parent={section.root} />
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
