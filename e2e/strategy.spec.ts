import { parseDocument } from '../src/core/document/parse-document.ts'
import { simulateAnalysis } from '../src/core/simulate/scheduler.ts'
import { detectStrategy, strategyChoices } from '../src/core/strategy/strategy-choices.ts'
import { switchStrategy } from '../src/core/strategy/switch-strategy.ts'
import { findTemplate } from '../src/core/templates/templates.ts'
import { expect, test } from './fixtures.ts'
import { Io } from './pages/Io.ts'
import { pasteIntoEditor } from './pages/Panels.ts'
import { StrategyPicker } from './pages/StrategyPicker.ts'

const progressive = findTemplate('progressive-canary')!.text

// Each test loads the app, a template and Monaco: on a busy 2-core machine that alone can take most of a minute.
test.describe.configure({ timeout: 180_000 })

for (const choice of strategyChoices.filter((c) => c.id !== 'canary'))
  test(`progressive template → ${choice.title}: the exported Canary runs it; undo restores the template`, async ({
    page,
    studio,
  }) => {
    const io = new Io(page)
    const picker = new StrategyPicker(page)
    await io.chooseTemplate('progressive-canary')
    await expect.poll(() => studio.yaml.text()).toBe(progressive)
    await expect(picker.current()).toHaveText('Canary (progressive)')

    await picker.option(choice.title).click()
    await expect(picker.current()).toHaveText(choice.title)
    const expected = switchStrategy(progressive, choice.id)
    if (!expected.ok) throw new Error(expected.message)
    await expect(picker.report).toContainText(`Switched from Canary (progressive) to ${choice.title}`)
    expect(await picker.changes()).toEqual(expected.changes.map((c) => c.description))

    const exported = await io.download(() => io.exportMenu('Download Canary'))
    expect(exported.text).toBe(expected.text)
    const canary = parseDocument(exported.text).canary!
    expect(detectStrategy(canary)).toBe(choice.id)
    const timeline = simulateAnalysis(canary)
    expect({ strategy: timeline.strategy, mirror: timeline.mirror, sessionAffinity: timeline.sessionAffinity }).toEqual(
      choice.timeline,
    )

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(() => studio.yaml.text()).toBe(progressive)
    await expect(picker.current()).toHaveText('Canary (progressive)')
    await expect(picker.report).toHaveCount(0)
  })

test('switching back and forth, to every strategy, keeps the metrics, webhooks and comments; each switch is one undo step', async ({
  page,
  studio,
}) => {
  const io = new Io(page)
  const picker = new StrategyPicker(page)
  await io.chooseTemplate('ab-testing')
  const abTesting = findTemplate('ab-testing')!.text
  await expect.poll(() => studio.yaml.text()).toBe(abTesting)
  await picker.option('Blue/green with mirroring').click()
  await expect(picker.current()).toHaveText('Blue/green with mirroring')
  await picker.option('Canary with session affinity').click()
  await expect(picker.current()).toHaveText('Canary with session affinity')
  const text = await studio.yaml.text()
  // The A/B match went with its own comments; the header comment, metrics and webhooks stayed.
  expect(text).not.toContain('# Testers opt in')
  for (const kept of [
    '# A/B testing: requests that match',
    'name: request-duration',
    'name: smoke-test',
    'cmd: "hey -z 1m',
  ])
    expect(text).toContain(kept)
  await page.locator('.toolbar__brand').click()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(picker.current()).toHaveText('Blue/green with mirroring')
  await page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => studio.yaml.text()).toBe(abTesting)
  await picker.option('Canary (progressive)').click()
  await expect(picker.current()).toHaveText('Canary (progressive)')
  expect(detectStrategy(parseDocument(await studio.yaml.text()).canary!)).toBe('canary')
})

test('a refused switch says why and changes nothing', async ({ page, studio }) => {
  const picker = new StrategyPicker(page)
  // One paste, so Monaco's suggestions cannot take the typed line break (they did on a loaded machine).
  await pasteIntoEditor(page, 'spec:\n', 'spec:\n  provider: kubernetes\n')
  await expect.poll(() => studio.yaml.text()).toContain('spec:\n  provider: kubernetes\n')
  await expect(picker.current()).toHaveText('Blue/green')
  const before = await studio.yaml.text()
  await picker.option('A/B testing').click()
  await expect(picker.root.getByRole('alert')).toContainText('provider kubernetes only swaps Services')
  expect(await studio.yaml.text()).toBe(before)
})

for (const size of [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
])
  test(`looks right at ${size.width}×${size.height}: the picker, and the change list after a switch`, async ({
    page,
    studio,
  }) => {
    await page.setViewportSize(size)
    const io = new Io(page)
    const picker = new StrategyPicker(page)
    await io.chooseTemplate('progressive-canary')
    await expect.poll(() => studio.yaml.text()).toBe(progressive)
    await expect(picker.group).toBeInViewport()
    await page.screenshot({ path: `test-results/strategy-picker-${size.width}x${size.height}.png` })
    await picker.option('A/B testing').click()
    await expect(picker.report).toBeInViewport()
    await page.screenshot({ path: `test-results/strategy-switched-${size.width}x${size.height}.png` })
  })
