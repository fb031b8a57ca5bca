import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { encodeShareLink } from '../src/core/share/share-link.ts'

// The Generated panel for a Canary whose file holds its apex Service and Deployment (issue 17 item 3):
// node --import tsx scripts/adopted-shots.ts <port> <outDir>
const [port = '4191', outDir = '/tmp'] = process.argv.slice(2)
const text = readFileSync('src/test-support/adopted/podinfo-adopted.yaml', 'utf8')
const link = await encodeShareLink(text)
if (!link.ok) throw new Error('cannot share the adopted example')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
})
for (const size of [
  { width: 1440, height: 900 },
  { width: 1366, height: 768 },
]) {
  const page = await browser.newPage({ viewport: size })
  await page.goto(`http://127.0.0.1:${port}/${link.hash}`)
  await page.getByRole('tab', { name: 'Generated' }).click()
  await page.getByTestId('generated-editor').locator('.view-lines').waitFor({ timeout: 30000 })
  await page.waitForTimeout(1500)
  await page.screenshot({ path: `${outDir}/adopted-generated-${size.width}-top.png` })
  // Bring the adopted apex Service's kept nodePort into view with Monaco's find, then hover it for its provenance.
  const editor = page.getByTestId('generated-editor')
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+f')
  await page.keyboard.type('nodePort')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await page.waitForTimeout(500)
  await editor.locator('.view-line', { hasText: 'nodePort' }).first().hover()
  await page.waitForTimeout(800)
  await page.screenshot({ path: `${outDir}/adopted-generated-${size.width}.png` })
  await page.close()
}
await browser.close()
