import { singular } from './new-item.ts'
import { moreStep, showAllLimit } from './shown-window.ts'
import './more-entries.css'

interface MoreEntriesRowProps {
  /** How many entries are not rendered. */
  readonly hidden: number
  /** What they are, in the plural: "annotations", "webhooks". */
  readonly nouns: string
  readonly dataPath: string
  readonly onShowMore: (count: number) => void
  /** Shows the first hidden entry in the YAML editor, where any number of them is cheap to edit. */
  readonly onShowInYaml: () => void
  /** A row of a <ul> (map and list fields) or a block (cards). */
  readonly as?: 'li' | 'div'
}

const counted = new Intl.NumberFormat('en')

/** The row after a long collection's first entries: how many are not shown, and ways to see more of them. */
export function MoreEntriesRow({ hidden, nouns, dataPath, onShowMore, onShowInYaml, as = 'li' }: MoreEntriesRowProps) {
  if (hidden <= 0) return null
  const Row = as
  const step = Math.min(moreStep, hidden)
  return (
    <Row className="more-entries" data-testid="more-entries" data-path={dataPath}>
      <span className="more-entries__count">
        {counted.format(hidden)} more {hidden === 1 ? singular(nouns) : nouns} not shown
      </span>
      <span className="more-entries__actions">
        <button type="button" className="link-button" onClick={() => onShowMore(step)}>
          Show {step < hidden ? `${counted.format(step)} more` : hidden === 1 ? 'it' : 'them'}
        </button>
        {hidden > step && hidden <= showAllLimit && (
          <button type="button" className="link-button" onClick={() => onShowMore(Infinity)}>
            Show all
          </button>
        )}
        <button type="button" className="link-button" onClick={onShowInYaml}>
          Show in YAML
        </button>
      </span>
      {hidden > showAllLimit && <span className="more-entries__note">too many to show all at once</span>}
    </Row>
  )
}
