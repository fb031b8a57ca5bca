import { expect, type Locator, type Page } from '@playwright/test'

/** The tabbed panel area: "Try a request" and "Metrics". */
export class Panels {
  readonly root: Locator
  readonly presets: Locator
  readonly outcome: Locator
  readonly explanation: Locator
  readonly request: Locator

  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Panels' })
    this.presets = this.root.getByRole('group', { name: 'Preset requests' })
    this.outcome = this.root.getByTestId('trace-outcome')
    this.explanation = this.root.getByTestId('trace-explanation')
    this.request = this.root.getByRole('form', { name: 'Request' })
  }

  async open(title: 'Problems' | 'Try a request' | 'Metrics'): Promise<void> {
    await this.root.getByRole('tab', { name: title }).click()
    await expect(this.root.getByRole('tab', { name: title })).toHaveAttribute('aria-selected', 'true')
  }

  preset(id: string): Locator {
    return this.presets.locator(`[data-preset="${id}"]`)
  }

  /** The workloads serving the traced request as "name percent" lines, e.g. ["podinfo-primary 90", "podinfo 10"]. */
  shares(): Promise<string[]> {
    return this.root
      .getByTestId('trace-share')
      .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-workload')} ${r.getAttribute('data-percent')}`))
  }

  async expectShares(expected: string[]): Promise<void> {
    await expect.poll(() => this.shares()).toEqual(expected)
  }

  /** Adds a header row to the request and types its name and value. */
  async addHeader(name: string, value: string): Promise<void> {
    const rows = this.request.getByRole('group', { name: 'Headers' })
    await rows.getByRole('button', { name: '+ Add header' }).click()
    const index = await rows.locator('.kv-rows__row').count()
    await rows.getByLabel(`Header ${index} name`).fill(name)
    await rows.getByLabel(`Header ${index} value`).fill(value)
  }

  metric(name: string): Locator {
    return this.root
      .getByTestId('metric')
      .and(this.root.locator(`[data-metric="${name}"]`))
      .first()
  }
}

type HookedWindow = Window & {
  __canaryStudioEditor?: { getText: () => string; selectText: (needle: string) => boolean }
}

/**
 * Selects `needle` in the YAML editor and pastes `text` over it, as a person pasting from the clipboard would.
 * Multi-line text goes in as one paste, so Monaco neither auto-indents it line by line nor opens suggestions.
 */
export async function pasteIntoEditor(page: Page, needle: string, text: string): Promise<void> {
  const found = await page.evaluate(
    (n) => (window as HookedWindow).__canaryStudioEditor?.selectText(n) ?? false,
    needle,
  )
  expect(found, `"${needle.slice(0, 40)}" is in the YAML`).toBe(true)
  await page.evaluate((t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, text)
}
