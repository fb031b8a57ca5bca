import type { Locator, Page } from '@playwright/test'

/** The form's strategy picker: one button per Flagger deployment strategy, and the list of what a switch changed. */
export class StrategyPicker {
  readonly root: Locator
  readonly group: Locator
  readonly report: Locator

  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Form' }).locator('[data-section="strategy"]')
    this.group = this.root.getByRole('group', { name: 'Deployment strategy' })
    this.report = this.root.getByRole('status', { name: 'What the switch changed' })
  }

  option(title: string): Locator {
    return this.group.getByRole('button', { name: title, exact: true })
  }

  /** The strategy marked as the one the YAML runs. */
  current(): Locator {
    return this.group.locator('[aria-pressed="true"]')
  }

  changes(): Promise<string[]> {
    return this.report.getByRole('listitem').allTextContents()
  }
}
