import { parse } from 'yaml'
import { simulateAnalysis } from '../src/core/simulate/scheduler.ts'
import { parseDocument } from '../src/core/document/parse-document.ts'
import { validateCanary } from '../src/core/validate/validate-canary.ts'
import { expect, test } from './fixtures.ts'
import { Io } from './pages/Io.ts'
import { StrategyPicker } from './pages/StrategyPicker.ts'

// Issue #15: a person builds each of Flagger's five strategies from the blank Canary with the form alone (the
// strategy picker and field edits, never the YAML editor), exports it, and gets exactly the Canary they meant.
test.describe.configure({ timeout: 180_000 })

const identity = {
  apiVersion: 'flagger.app/v1beta1',
  kind: 'Canary',
  metadata: { name: 'shop', namespace: 'prod' },
}
const targetRef = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'shop' }
const service = { port: 80, targetPort: 9898 }
const abMatch = [{ headers: { 'x-canary': { exact: 'insider' } } }]

const cases = [
  {
    title: 'Canary (progressive)',
    strategy: 'canary',
    analysis: { interval: '1m', threshold: 5, stepWeight: 10, maxWeight: 50 },
  },
  {
    title: 'Canary with session affinity',
    strategy: 'canary',
    analysis: {
      interval: '1m',
      threshold: 5,
      stepWeight: 10,
      maxWeight: 50,
      sessionAffinity: { cookieName: 'flagger-cookie' },
    },
  },
  {
    title: 'A/B testing',
    strategy: 'ab-testing',
    analysis: { interval: '1m', threshold: 5, iterations: 10, match: abMatch },
  },
  { title: 'Blue/green', strategy: 'blue-green', analysis: { interval: '1m', threshold: 5, iterations: 10 } },
  {
    title: 'Blue/green with mirroring',
    strategy: 'blue-green',
    analysis: { interval: '1m', threshold: 5, iterations: 10, mirror: true },
  },
] as const

for (const c of cases)
  test(`blank Canary → ${c.title}, with the form only: the export is the Canary meant`, async ({ page, studio }) => {
    const io = new Io(page)
    const picker = new StrategyPicker(page)
    await io.chooseTemplate('blank')
    await expect.poll(() => studio.yaml.text()).toContain('name: my-app')
    await studio.form.fill('metadata.name', 'shop')
    await studio.form.fill('metadata.namespace', 'prod')
    await studio.form.fill('spec.targetRef.name', 'shop')
    await studio.form.fill('spec.service.port', '80')
    await studio.form.fill('spec.service.targetPort', '9898')
    await studio.form.fill('spec.analysis.maxWeight', '50')
    if (c.title !== 'Canary (progressive)') await picker.option(c.title).click()
    await expect(picker.current()).toHaveText(c.title)

    const exported = await io.download(() => io.exportMenu('Download Canary'))
    expect(parse(exported.text)).toEqual({ ...identity, spec: { targetRef, service, analysis: c.analysis } })
    const canary = parseDocument(exported.text).canary!
    expect(simulateAnalysis(canary).strategy).toBe(c.strategy)
    expect(
      validateCanary({ canary, raw: parse(exported.text), includeTypeErrors: true }).filter(
        (d) => d.severity === 'error',
      ),
    ).toEqual([])
    await page.screenshot({ path: test.info().outputPath(`from-blank-${c.strategy}.png`) })
  })

test('keyboard only: blank Canary → A/B testing with a header match of my own', async ({ page, studio }) => {
  const picker = new StrategyPicker(page)
  await page.getByRole('button', { name: 'New', exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.locator('dialog[open] [data-template="blank"]').focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => studio.yaml.text()).toContain('name: my-app')
  // The skip link lands on the strategy picker, the form's first control; arrow through it with Tab.
  await page.locator('.toolbar__brand').focus()
  await page.getByRole('button', { name: 'Skip to form' }).focus()
  await page.keyboard.press('Enter')
  for (let i = 0; i < 6; i++) {
    if (await picker.option('A/B testing').evaluate((e) => e === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(picker.option('A/B testing')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(picker.current()).toHaveText('A/B testing')
  await expect.poll(() => studio.yaml.text()).toContain('x-canary')
  // The switch wrote a header condition; make it mine: the field search reaches its value.
  await page.locator('.toolbar__brand').focus()
  await page.keyboard.press('/')
  await expect(page.getByRole('combobox', { name: 'Find a field' })).toBeFocused()
  await page.keyboard.type('match[0].headers')
  await expect(page.getByRole('option').first()).toContainText('spec.analysis.match[0].headers')
  await page.keyboard.press('Enter')
  // From the headers field, Tab to the condition's value box (the one holding "insider").
  const isOnValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === 'insider')
  for (let i = 0; i < 8 && !(await isOnValue()); i++) await page.keyboard.press('Tab')
  expect(await isOnValue()).toBe(true)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('beta-testers')
  await expect.poll(() => studio.yaml.text()).toContain('exact: beta-testers')
  const canary = parseDocument(await studio.yaml.text()).canary!
  expect(canary.spec?.analysis?.match).toEqual([{ headers: { 'x-canary': { exact: 'beta-testers' } } }])
  expect(simulateAnalysis(canary).strategy).toBe('ab-testing')
})
