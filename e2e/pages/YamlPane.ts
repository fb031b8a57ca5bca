import { expect, type Locator, type Page } from '@playwright/test'

/** What src/ui/editor/test-hook.ts puts on window when the page is opened with ?testHooks. */
type HookedWindow = Window & {
  __canaryStudioEditor?: {
    getText: () => string
    selectText: (needle: string) => boolean
    getCursor: () => { line: number; column: number }
  }
}

/** The Monaco YAML pane, driven through the keyboard and read through the dev/test hook. */
export class YamlPane {
  readonly root: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('yaml-editor')
  }

  async waitUntilReady(): Promise<void> {
    // Monaco is a lazy multi-MB chunk: give it longer than a plain assertion on a busy CI machine.
    // Attached, not visible: on narrower windows the YAML may be the hidden tab of the column it shares with the form.
    await expect(this.root.locator('.view-lines')).toBeAttached({ timeout: 45_000 })
    await this.page.waitForFunction(() => (window as HookedWindow).__canaryStudioEditor !== undefined)
  }

  text(): Promise<string> {
    return this.page.evaluate(() => (window as HookedWindow).__canaryStudioEditor?.getText() ?? '')
  }

  /** The text's length and whether it holds `needle`, read in the page: a large text is slow to send over whole. */
  measure(needle: string): Promise<{ length: number; hasNeedle: boolean }> {
    return this.page.evaluate((n) => {
      const text = (window as HookedWindow).__canaryStudioEditor?.getText() ?? ''
      return { length: text.length, hasNeedle: text.includes(n) }
    }, needle)
  }

  /** The editor cursor's 1-based line. */
  cursorLine(): Promise<number> {
    return this.page.evaluate(() => (window as HookedWindow).__canaryStudioEditor?.getCursor().line ?? 0)
  }

  /** Selects the first `needle` in the editor and types `replacement` over it, as a person would. */
  async replace(needle: string, replacement: string): Promise<void> {
    const found = await this.page.evaluate(
      (n) => (window as HookedWindow).__canaryStudioEditor?.selectText(n) ?? false,
      needle,
    )
    expect(found, `"${needle}" is in the YAML`).toBe(true)
    if (replacement === '') await this.page.keyboard.press('Delete')
    // insertText, not type(): Monaco's EditContext input loses spaces sent as Playwright key presses.
    else await this.page.keyboard.insertText(replacement)
  }

  /** Focuses the editor (without moving text) and presses the platform's undo keys. */
  async pressUndo(): Promise<void> {
    await this.root.locator('.view-lines').click({ position: { x: 5, y: 5 } })
    await this.page.keyboard.press('ControlOrMeta+z')
  }

  async pressRedo(): Promise<void> {
    await this.root.locator('.view-lines').click({ position: { x: 5, y: 5 } })
    await this.page.keyboard.press('ControlOrMeta+Shift+z')
  }
}
