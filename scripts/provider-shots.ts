import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { encodeShareLink } from '../src/core/share/share-link.ts'

// Screenshots of the diagram for a few provider corpus Canaries (issue 17): node --import tsx scripts/provider-shots.ts <port> <outDir> <name>...
const [port = '4187', outDir = '/tmp', ...names] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
for (const size of [{ width: 1366, height: 768 }, { width: 1440, height: 900 }]) {
  const page = await browser.newPage({ viewport: size })
  for (const name of names) {
    const text = readFileSync(`src/test-support/provider-corpus/${name}.yaml`, 'utf8')
    const link = await encodeShareLink(text)
    if (!link.ok) throw new Error(`cannot share ${name}`)
    await page.goto(`http://127.0.0.1:${port}/${link.hash}`)
    await page.waitForSelector('.react-flow__node', { timeout: 20000 })
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `${outDir}/${name}-${size.width}.png` })
  }
  await page.close()
}
await browser.close()
