import { encodeShareLink } from '../src/core/share/share-link.ts'
import { podinfoCanaryYaml } from '../src/core/samples/podinfo.ts'
import { expect, test } from './fixtures.ts'
import type { Page } from '@playwright/test'

type HookedWindow = Window & {
  __canaryStudioEditor?: { getText: () => string; setText: (text: string) => void }
  __pwned?: unknown
}

const payloads = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  'javascript:window.__pwned=3',
]

/** The sample with a payload in every string value (keys kept), cycling through the payloads. */
function hostileSample(): string {
  let n = 0
  return podinfoCanaryYaml.replace(/^(\s*(?:- )?[\w.-]+: )(?![|>&*])(\S.*)$/gm, (_, key: string, value: string) => {
    if (/^(flagger\.app|Canary|apps\/v1|Deployment|\d+)/.test(value)) return `${key}${value}`
    return `${key}${JSON.stringify(payloads[n++ % payloads.length])}`
  })
}

async function setText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => (window as HookedWindow).__canaryStudioEditor?.setText(t), text)
}

/** The page answers a script call and a click within the bound, and nothing injected ran. */
async function expectResponsiveAndInert(page: Page, dialogs: string[]): Promise<void> {
  const started = Date.now()
  await expect(page.evaluate(() => 1)).resolves.toBe(1)
  const html = page.locator('html')
  const before = await html.getAttribute('data-theme')
  await page.getByRole('button', { name: /Switch to (light|dark) theme/ }).click({ timeout: 10_000 })
  await expect(html).not.toHaveAttribute('data-theme', before ?? '')
  expect(Date.now() - started, 'ms to answer a click').toBeLessThan(10_000)
  expect(await page.evaluate(() => (window as HookedWindow).__pwned)).toBeUndefined()
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0)
  expect(dialogs).toEqual([])
}

test.describe('hostile input', () => {
  test.slow()
  let dialogs: string[] = []
  test.beforeEach(({ page }) => {
    dialogs = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
  })

  test('a YAML alias bomb is refused with a message; the text stays and the page answers', async ({ studio, page }) => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const cur = String.fromCharCode(97 + i)
      bomb.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const text = `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: bomb\n${bomb.join('\n')}\n`
    await setText(page, text)
    await expect.poll(() => studio.yaml.text()).toBe(text)
    await expectResponsiveAndInert(page, dialogs)
    await expect(page.getByText(/alias/i).first()).toBeVisible()
    expect(await studio.yaml.text()).toBe(text)
  })

  test('a 5 MB document keeps the page responsive and the text whole', async ({ studio, page }) => {
    const filler = Array.from({ length: 66_000 }, (_, i) => `    note-${i}: "${'x'.repeat(60)}"`).join('\n')
    const text = `${podinfoCanaryYaml}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  notes: |\n${filler}\n`
    expect(text.length).toBeGreaterThan(5_000_000)
    await setText(page, text)
    await expectResponsiveAndInert(page, dialogs)
    expect((await studio.yaml.text()).length).toBe(text.length)
  })

  test('binary junk shows a parse problem and stays as typed', async ({ studio, page }) => {
    let junk = ''
    // Line terminators aside (the editor normalises them): every other code point below the surrogates.
  for (let i = 0; i < 4000; i++) {
    const c = (i * 7919 + 13) % 0xd7ff
    junk += [10, 13, 0x85, 0x2028, 0x2029].includes(c) ? 'x' : String.fromCharCode(c)
  }
    await setText(page, junk)
    await expectResponsiveAndInert(page, dialogs)
    expect(await studio.yaml.text()).toBe(junk)
  })

  test('wrong types in every field are reported, not thrown', async ({ studio, page }) => {
    const text = podinfoCanaryYaml.replace(/^(\s*(?:- )?[\w.-]+: )(?![|>&*])(\S.*)$/gm, (_, key: string, value: string) =>
      /^(flagger\.app|Canary)/.test(value) ? `${key}${value}` : /^\d/.test(value) ? `${key}[1, {a: b}]` : `${key}{x: [1]}`,
    )
    await setText(page, text)
    await expectResponsiveAndInert(page, dialogs)
    expect(await studio.yaml.text()).toBe(text)
  })

  test('script, img onerror and javascript: in every string field render as inert text', async ({ studio, page }) => {
    const text = hostileSample()
    expect(text).toContain(payloads[0])
    await setText(page, text)
    await expect.poll(() => studio.yaml.text()).toBe(text)
    // Views update after the text: give them the time they take, then check nothing ran.
    await expect(page.getByText(/<img src=x onerror|<script>|javascript:/).first()).toBeVisible()
    await expectResponsiveAndInert(page, dialogs)
  })

  test('a share link of a hostile document opens as inert text', async ({ studio, page }) => {
    const text = hostileSample()
    const link = await encodeShareLink(text)
    expect(link.ok).toBe(true)
    if (!link.ok) return
    await page.goto(`/?testHooks${link.hash}`)
    await studio.yaml.waitUntilReady()
    await expect.poll(() => studio.yaml.text()).toBe(text)
    await expectResponsiveAndInert(page, dialogs)
  })
})
