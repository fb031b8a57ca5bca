// Takes docs/screenshot.png (and optional variants) of the built app with headless Chromium: `npm run screenshot`.
// Arguments: [out.png] [light|dark] [WIDTHxHEIGHT]; the README's picture is 1440x900, a common laptop window.
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { chromiumPath } from './chromium-path.ts'

const port = Number(process.env.SCREENSHOT_PORT ?? 4188)
const out = process.argv[2] ?? 'docs/screenshot.png'
const theme = process.argv[3] === 'dark' ? 'dark' : 'light'
const [width = 1440, height = 900] = (process.argv[4] ?? '')
  .split('x')
  .map(Number)
  .filter((n) => n > 0)

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no server at ${url}`)
}

const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
)
try {
  const url = `http://127.0.0.1:${port}/`
  await waitForServer(url)
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme: theme,
    deviceScaleFactor: 1,
  })
  const started = Date.now()
  await page.goto(url)
  // Attached, not visible: below 1600 px the YAML is the hidden tab of the column it shares with the form.
  await page.locator('.monaco-editor .view-lines').waitFor({ state: 'attached' })
  console.log(`editor ready ${Date.now() - started} ms after goto`)
  await page.waitForTimeout(2000)
  await page.screenshot({ path: out })
  console.log(`wrote ${out}`)
  await browser.close()
} finally {
  server.kill()
}
