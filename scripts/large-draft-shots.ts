import { chromium } from '@playwright/test'
import { DRAFT_KEY, saveDraft } from '../src/store/autosave.ts'
import { manyKeysDocument } from '../src/test-support/hostile-inputs.ts'

// The offer of a large autosaved draft (issue 18) at 1366×768 and 1440×900: node --import tsx scripts/large-draft-shots.ts <port> <outDir>
const [port = '4187', outDir = '/tmp'] = process.argv.slice(2)
let entry = ''
saveDraft({ getItem: () => null, removeItem: () => {}, setItem: (_k, v) => (entry = v) }, manyKeysDocument(30_000))
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
})
for (const [size, theme] of [
  [{ width: 1366, height: 768 }, 'light'],
  [{ width: 1440, height: 900 }, 'light'],
  [{ width: 1440, height: 900 }, 'dark'],
] as const) {
  const page = await browser.newPage({ viewport: size, colorScheme: theme })
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.evaluate(({ k, e }) => localStorage.setItem(k, e), { k: DRAFT_KEY, e: entry })
  const t = Date.now()
  await page.reload()
  await page.waitForSelector('.large-draft', { timeout: 20000 })
  console.log('offer shown after', Date.now() - t, 'ms')
  await page.waitForTimeout(2500)
  await page.screenshot({ path: `${outDir}/offer-${size.width}-${theme}.png` })
  if (size.width === 1440 && theme === 'light') {
    await page.getByRole('button', { name: 'New', exact: true }).click()
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${outDir}/new-dialog-${size.width}.png` })
  }
  await page.close()
}
await browser.close()
