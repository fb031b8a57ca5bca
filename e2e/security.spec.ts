import { expect, test } from '@playwright/test'

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

type ViolationWindow = Window & { __cspViolations?: string[] }

// The built app's Content-Security-Policy (vite.config.ts) with Monaco, its two workers, the form, diagram and
// timeline running: nothing it does is refused, nothing leaves the origin, and inline script really is refused.
test('the CSP holds with Monaco and its workers running, and nothing leaves the origin', async ({ page, context }) => {
  const foreign: string[] = []
  const requested: string[] = []
  const consoleErrors: string[] = []
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    requested.push(url.pathname)
    if (!localHosts.has(url.hostname)) foreign.push(request.url())
  })
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(e.message))
  await page.addInitScript(() => {
    const violations: string[] = []
    ;(window as ViolationWindow).__cspViolations = violations
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })

  const response = await page.goto('/?testHooks')
  expect(response?.headers()['content-security-policy'], 'preview sends the policy with frame-ancestors').toContain("frame-ancestors 'none'")
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toContain("script-src 'self'")
  expect(meta).not.toMatch(/unsafe-eval|https?:/)

  await expect(page.getByTestId('yaml-editor').locator('.view-lines')).toBeVisible({ timeout: 45_000 })
  await expect(page.getByRole('region', { name: 'Traffic' })).toBeVisible()
  // Both of Monaco's workers start: the editor worker with the model, the YAML worker with its first validation.
  await expect.poll(() => requested.filter((p) => /\/assets\/(editor|yaml)\.worker-[^/]+\.js$/.test(p)).length, { timeout: 30_000 }).toBe(2)

  expect(await page.evaluate(() => (window as ViolationWindow).__cspViolations), 'CSP violations').toEqual([])
  expect(foreign, 'requests to other origins').toEqual([])
  expect(consoleErrors, 'console errors').toEqual([])

  // The policy is live: an injected inline script is refused (and reported), not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    return (window as Window & { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(ran).toBe(false)
  await expect.poll(() => page.evaluate(() => (window as ViolationWindow).__cspViolations?.join(' ') ?? '')).toContain('script-src')
})
