import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

type HookedWindow = Window & { __canaryStudioGenerated?: { getText: () => string } }

/** The toolbar's New/Open/Paste/Export/Share, their dialogs, the Generated panel and the status notice. */
export class Io {
  readonly notice: Locator
  readonly dialog: Locator
  /** The offer to open an autosaved draft too large to open at start-up. */
  readonly largeDraftOffer: Locator

  constructor(private readonly page: Page) {
    this.notice = page.locator('.statusbar__notice')
    this.dialog = page.locator('dialog[open]')
    this.largeDraftOffer = page.getByRole('region', { name: /Your autosaved draft/ })
  }

  /** Runs `action` and returns the text of the file it downloads. */
  async download(action: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [download]: [Download, void] = await Promise.all([this.page.waitForEvent('download'), action()])
    const path = await download.path()
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') }
  }

  async exportMenu(item: string | RegExp): Promise<void> {
    await this.page.locator('.io-menu > summary').click()
    await this.page.getByRole('menuitem', { name: item }).click()
  }

  async openFile(name: string, text: string): Promise<void> {
    await this.page
      .getByTestId('import-file-input')
      .setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text, 'utf8') })
  }

  async chooseTemplate(id: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New', exact: true }).click()
    await this.dialog.locator(`[data-template="${id}"]`).click()
  }

  async paste(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Paste…' }).click()
    await this.page.getByLabel('YAML to open').fill(text)
    await this.dialog.getByRole('button', { name: 'Open', exact: true }).click()
  }

  async openGenerated(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Generated' }).click()
    await expect(this.page.getByTestId('generated-editor').locator('.view-lines')).toBeVisible({ timeout: 30_000 })
  }

  generatedText(): Promise<string> {
    return this.page.evaluate(() => (window as HookedWindow).__canaryStudioGenerated?.getText() ?? '')
  }
}
