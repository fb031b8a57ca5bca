import type { Locator, Page } from '@playwright/test'

/** The catalog-derived form; fields are found by their Canary path, e.g. "spec.analysis.maxWeight". */
export class FormPane {
  readonly root: Locator
  readonly banner: Locator

  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Form' })
    this.banner = page.getByTestId('invalid-yaml-banner')
  }

  /** The text box or select of the scalar field at `path`. */
  field(path: string): Locator {
    return this.root.locator(`[data-path="${path}"]`).locator('input, select').first()
  }

  /** Types a new value into a field and commits it (Enter), as a person would. */
  async fill(path: string, value: string): Promise<void> {
    const field = this.field(path)
    await field.click()
    await field.fill(value)
    await field.press('Enter')
  }

  listItems(path: string): Locator {
    return this.root.locator(`[data-path="${path}"] .list-field__item:not(.list-field__add) input`)
  }

  async addListItem(path: string, value: string): Promise<void> {
    const input = this.root.locator(`[data-path="${path}"] .list-field__add input`)
    await input.fill(value)
    await input.press('Enter')
  }

  /** The keys a map field (labels, annotations, headers) shows as rows. */
  mapKeys(path: string): Locator {
    return this.root.locator(`.field[data-path="${path}"] .map-field__key`)
  }

  /** The "N more … not shown" row after the first entries of a long map or list. */
  moreRow(path: string): Locator {
    return this.root.locator(`[data-testid="more-entries"][data-path="${path}"]`)
  }

  /** The titles of the cards of a list of objects (webhooks, metrics …). */
  cardTitles(path: string): Locator {
    return this.root.locator(`.object-list[data-path="${path}"] .card__title`)
  }
}
