import { selectSyntaxError } from '../../store/selectors.ts'
import { useStudio } from '../studio-context.ts'

/** Names the YAML error that makes the form read-only, with its line and column. */
export function InvalidYamlBanner() {
  const error = useStudio(selectSyntaxError)
  if (!error) return null
  const where = error.range ? `Line ${error.range.start.line}, column ${error.range.start.column}: ` : ''
  return (
    <div className="banner banner--error" role="alert" data-testid="invalid-yaml-banner">
      <strong>The YAML does not parse.</strong> {where}
      {error.message} The form shows the last valid values, read-only, until the text is fixed.
    </div>
  )
}
