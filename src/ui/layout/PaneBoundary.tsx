import { Component, useMemo, type ErrorInfo, type ReactNode } from 'react'
import { useStudio } from '../studio-context.ts'

interface BoundaryProps {
  readonly name: string
  readonly className: string
  /** When it changes (the document was edited), a failed view tries again. */
  readonly resetKey: unknown
  readonly children: ReactNode
}

interface BoundaryState {
  readonly error: Error | null
  readonly failedWith: unknown
}

// React catches render errors only in a class component with getDerivedStateFromError.
class Boundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, failedWith: undefined }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.error && state.failedWith === undefined) return { failedWith: props.resetKey }
    if (state.error && props.resetKey !== state.failedWith) return { error: null, failedWith: undefined }
    return null
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} view failed`, error, info.componentStack)
  }

  render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <section className={`${this.props.className} pane-failed`} aria-label={this.props.name} role="alert">
        <p>
          <strong>The {this.props.name} view failed on this document</strong>: {error.message.slice(0, 300)}
        </p>
        <p>The other views keep working. Editing the YAML tries this view again.</p>
        <button type="button" onClick={() => this.setState({ error: null, failedWith: undefined })}>
          Try again
        </button>
      </section>
    )
  }
}

/** Keeps one pane's failure inside that pane: it says so, and the rest of the workspace keeps working. */
export function PaneBoundary(props: Omit<BoundaryProps, 'resetKey'> & { readonly resetKey?: unknown }) {
  const text = useStudio((s) => s.text)
  // A new array exactly when the text or the key changes, compared by identity: never a copy of a megabyte text.
  const resetKey = useMemo(() => [text, props.resetKey], [text, props.resetKey])
  return <Boundary {...props} resetKey={resetKey} />
}
