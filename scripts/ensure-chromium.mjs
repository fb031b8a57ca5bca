// Finds or installs a Chromium for the e2e tests: Debian's package (apt-get, as root), else Playwright's own download.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
const found = () => candidates.find((p) => existsSync(p))
const run = (cmd) => execSync(cmd, { stdio: 'inherit' })

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  try {
    if (hasApt && isRoot) {
      console.log('Chromium not found: installing Debian chromium with apt-get…')
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
    } else if (hasApt) {
      console.log('Chromium not found: installing Debian chromium with sudo apt-get…')
      run('sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
    } else {
      console.log("Chromium not found: trying Playwright's own download…")
      run('npx playwright install chromium')
    }
  } catch {
    // fall through to the message below
  }
  if (!found() && !existsSync(`${process.env.HOME}/.cache/ms-playwright`)) {
    console.error(
      'No Chromium for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    )
    process.exit(1)
  }
}
console.log(`Chromium: ${found() ?? "Playwright's own"}`)
