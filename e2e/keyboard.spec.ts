import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { Diagram } from './pages/Diagram.ts'
import { Timeline } from './pages/Timeline.ts'

// The workspace by keyboard alone: after the first focus (the first skip link, where Tab starts on the page),
// every step is a key press. No test clicks.

// Monaco (which the studio fixture waits for) can take most of a minute on a loaded machine.
test.describe.configure({ timeout: 180_000 })

const focused = (page: Page) => page.locator(':focus')

/** Presses `key` until `target` has the focus; fails if `max` presses do not get there. Returns the presses made. */
async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 80): Promise<number> {
  await expect(target).toBeAttached()
  for (let presses = 0; ; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return presses
    if (presses === max) break
    await page.keyboard.press(key)
  }
  await expect(target, `${max} × ${key} reach it`).toBeFocused({ timeout: 1 })
  return max
}

/** From the first skip link, Tab to the link for `pane` and press Enter, as a keyboard user arriving on the page would. */
async function skipTo(page: Page, link: string): Promise<void> {
  await page.getByRole('button', { name: 'Skip to form' }).focus()
  await pressUntilFocused(page, page.getByRole('button', { name: link }), 'Tab', 5)
  await page.keyboard.press('Enter')
}

/** What shows that `target` has the keyboard focus: it matches :focus-visible and draws an outline or a ring. */
function focusIndicator(target: Locator) {
  return target.evaluate((el) => {
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    // The theme's focus colour, resolved to rgb() the way computed styles report colours.
    const probe = document.createElement('span')
    probe.style.color = 'var(--focus)'
    document.body.append(probe)
    const focusColour = getComputedStyle(probe).color
    probe.remove()
    return {
      focusVisible: el.matches(':focus-visible'),
      drawn: outline || style.boxShadow !== 'none',
      outlineColour: outline ? style.outlineColor : undefined,
      focusColour,
    }
  })
}

test('the timeline slider is reached with Tab; ← → Home End choose ticks and the diagram follows', async ({
  studio,
  page,
}) => {
  void studio
  const timeline = new Timeline(page)
  const diagram = new Diagram(page)
  await skipTo(page, 'Skip to rollout timeline')
  await expect(focused(page)).toHaveAccessibleName('Previous tick')
  await pressUntilFocused(page, timeline.chart, 'Tab', 6)
  expect(await focusIndicator(timeline.chart)).toMatchObject({ focusVisible: true, drawn: true })

  await expect(timeline.chart).toHaveAttribute('aria-valuenow', '1')
  await expect(diagram.edgeLabel('route:0:podinfo-canary')).toContainText('10%')
  await page.keyboard.press('ArrowRight')
  await expect(timeline.chart).toHaveAttribute('aria-valuenow', '2')
  await expect(timeline.chart).toHaveAttribute('aria-valuetext', /^Tick 2 of 8 .*canary 20%, primary 80%/)
  await expect(timeline.position).toHaveText('T2 / 8')
  await expect(timeline.canaryWeight).toHaveText('canary 20%')
  await expect(diagram.edgeLabel('route:0:podinfo-canary')).toContainText('20%')
  await expect(diagram.edgeLabel('route:0:podinfo-primary')).toContainText('80%')

  await page.keyboard.press('ArrowRight')
  await expect(timeline.position).toHaveText('T3 / 8')
  await expect(diagram.edgeLabel('route:0:podinfo-canary')).toContainText('30%')
  await page.keyboard.press('ArrowLeft')
  await expect(timeline.chart).toHaveAttribute('aria-valuenow', '2')
  await expect(diagram.edgeLabel('route:0:podinfo-canary')).toContainText('20%')

  await page.keyboard.press('End')
  await expect(timeline.chart).toHaveAttribute('aria-valuenow', '8')
  await expect(timeline.details).toContainText('Succeeded')
  await page.keyboard.press('Home')
  await expect(timeline.chart).toHaveAttribute('aria-valuenow', '0')
  await expect(timeline.canaryWeight).toHaveText('canary 0%')
  await expect(page.getByTestId('timeline-announcement')).toContainText('Tick 0 of 8')
  // The keys never take the focus away from the slider.
  await expect(timeline.chart).toBeFocused()
})

test('Tab reaches the diagram nodes with a visible focus ring; Enter on the canary Service reveals service: in the editor', async ({
  studio,
  page,
}) => {
  void studio
  const diagram = new Diagram(page)
  await skipTo(page, 'Skip to traffic diagram')
  const firstNode = diagram.root.locator('.react-flow__node').first()
  await pressUntilFocused(page, firstNode, 'Tab', 30)
  const ring = await focusIndicator(firstNode)
  expect(ring).toMatchObject({ focusVisible: true, drawn: true, outlineColour: ring.focusColour })

  const canaryService = diagram.node('service:podinfo-canary')
  await pressUntilFocused(page, canaryService, 'Tab', 10)
  expect(await focusIndicator(canaryService)).toMatchObject({ focusVisible: true, outlineColour: ring.focusColour })
  // Focus shows the same explanation a pointer's hover does.
  await expect(page.getByRole('tooltip')).toContainText('podinfo-canary')
  expect(await diagram.cursorLine()).not.toMatch(/^\s*service:/)

  await page.keyboard.press('Enter')
  await expect.poll(() => diagram.cursorLine()).toMatch(/^\s*service:/)
  // The keyboard stays in the diagram, so Tab and Enter can go on through it.
  await expect(canaryService).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(diagram.node('service:podinfo-primary')).toBeFocused()
})

test('the panel tabs follow the tabs pattern: ← → Home End switch tabs, Tab enters the panel; Enter on a problem moves the cursor', async ({
  studio,
  page,
}) => {
  const panels = page.getByRole('region', { name: 'Panels' })
  const tab = (name: string) => panels.getByRole('tab', { name })
  await skipTo(page, 'Skip to panels')
  await expect(tab('Problems')).toBeFocused()
  await expect(tab('Problems')).toHaveAttribute('aria-selected', 'true')
  expect(await focusIndicator(tab('Problems'))).toMatchObject({ focusVisible: true, drawn: true })

  // Only the selected tab is in the Tab order (roving tabindex); arrows move the focus and open the tab.
  for (const [key, name] of [
    ['ArrowRight', 'Generated'],
    ['ArrowRight', 'Try a request'],
    ['ArrowLeft', 'Generated'],
    ['End', 'Metrics'],
    ['ArrowRight', 'Problems'],
    ['ArrowLeft', 'Metrics'],
    ['Home', 'Problems'],
  ] as const) {
    await page.keyboard.press(key)
    await expect(tab(name), `${key} → ${name}`).toBeFocused()
    await expect(tab(name)).toHaveAttribute('aria-selected', 'true')
    await expect(panels.getByRole('tab', { selected: true })).toHaveCount(1)
    await expect(panels.getByRole('tabpanel')).toHaveAttribute(
      'aria-labelledby',
      (await tab(name).getAttribute('id')) ?? '',
    )
  }
  await expect(panels.locator('[role="tab"][tabindex="0"]')).toHaveCount(1)

  // Tab leaves the tab list for the panel: the first problem.
  await page.keyboard.press('Tab')
  const problem = panels.locator('.problem__main').first()
  await expect(problem).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(tab('Problems')).toBeFocused()
  await page.keyboard.press('Tab')

  // On through the panel to the note about the gateway defined elsewhere; Enter selects that value in the editor.
  const gatewayProblem = panels.locator('.problem__main').filter({ hasText: 'is not in this file' })
  await pressUntilFocused(page, gatewayProblem, 'Tab', 6)
  const where = (await gatewayProblem.locator('.problem__where').textContent()) ?? ''
  const line = Number(where.trim().split(':')[0])
  expect(line).toBeGreaterThan(1)
  expect(await studio.yaml.cursorLine()).not.toBe(line)
  await page.keyboard.press('Enter')
  await expect.poll(() => studio.yaml.cursorLine()).toBe(line)
})

test('the YAML editor is no keyboard trap: the shortcut its header names lets Tab move on to the panels', async ({
  studio,
  page,
}) => {
  const editor = page.getByRole('textbox', { name: 'Canary YAML' })
  await skipTo(page, 'Skip to YAML editor')
  await expect(editor).toBeFocused()
  await expect(page.getByTestId('editor-tab-hint')).toHaveText('Ctrl+M: Tab moves focus')
  const text = await studio.yaml.text()
  await page.keyboard.press('Control+m')
  await page.keyboard.press('Tab')
  await expect(editor).not.toBeFocused()
  await pressUntilFocused(page, page.getByRole('tab', { name: 'Problems' }), 'Tab', 3)
  expect(await studio.yaml.text(), 'Tab typed nothing into the YAML').toBe(text)
})

test('from "Skip to form", Tab reaches stepWeight; typing and Enter change the YAML, Escape drops a draft', async ({
  studio,
  page,
}) => {
  const diagram = new Diagram(page)
  await skipTo(page, 'Skip to form')
  // The form opens with its field search, then the strategy picker, then the Canary's own fields.
  await expect(page.getByRole('combobox', { name: 'Find a field' })).toBeFocused()
  await pressUntilFocused(page, page.getByRole('group', { name: 'Deployment strategy' }).getByRole('button').first())
  const stepWeight = studio.form.field('spec.analysis.stepWeight')
  await pressUntilFocused(page, stepWeight)
  expect(await focusIndicator(stepWeight)).toMatchObject({ focusVisible: true, drawn: true })

  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('20')
  await page.keyboard.press('Enter')
  await expect.poll(() => studio.yaml.text()).toContain('stepWeight: 20')
  await expect(diagram.edgeLabel('route:0:podinfo-canary')).toContainText('20%')
  await expect(stepWeight).toBeFocused()

  // Shift+Tab back to maxWeight; leaving the box with Tab commits too.
  await page.keyboard.press('Shift+Tab')
  await expect(studio.form.field('spec.analysis.maxWeight')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('60')
  await page.keyboard.press('Tab')
  await expect.poll(() => studio.yaml.text()).toContain('maxWeight: 60')
  await expect(stepWeight).toBeFocused()

  // Escape throws the draft away: the box shows the document's value again and the YAML keeps it.
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('35')
  await expect(stepWeight).toHaveValue('35')
  await page.keyboard.press('Escape')
  await expect(stepWeight).toHaveValue('20')
  await page.keyboard.press('Tab')
  expect(await studio.yaml.text()).toContain('stepWeight: 20')
})

test('the theme switch is reached with Tab and works with Enter and Space; focus rings show in both themes', async ({
  studio,
  page,
}) => {
  void studio
  const themeButton = page.getByRole('button', { name: /^Switch to (light|dark) theme$/ })
  const before = (await page.locator('html').getAttribute('data-theme')) ?? ''
  const other = before === 'dark' ? 'light' : 'dark'
  // The toolbar comes right after the skip links in Tab order.
  await page.getByRole('button', { name: 'Skip to form' }).focus()
  await pressUntilFocused(page, themeButton, 'Tab', 15)
  await expect(themeButton).toHaveAccessibleName(`Switch to ${other} theme`)
  const ringBefore = await focusIndicator(themeButton)
  expect(ringBefore).toMatchObject({ focusVisible: true, drawn: true, outlineColour: ringBefore.focusColour })

  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('data-theme', other)
  await expect(themeButton).toHaveAccessibleName(`Switch to ${before} theme`)
  await expect(themeButton).toBeFocused()
  const ringAfter = await focusIndicator(themeButton)
  expect(ringAfter).toMatchObject({ focusVisible: true, drawn: true, outlineColour: ringAfter.focusColour })
  // Each theme draws the ring in its own focus colour.
  expect(ringAfter.focusColour).not.toBe(ringBefore.focusColour)

  await page.keyboard.press('Space')
  await expect(page.locator('html')).toHaveAttribute('data-theme', before)
  await page.keyboard.press('Space')
  await expect(page.locator('html')).toHaveAttribute('data-theme', other)

  // In the other theme, a pane's control shows the ring too: back up to the skip links, on to the timeline slider.
  await pressUntilFocused(page, page.getByRole('button', { name: 'Skip to rollout timeline' }), 'Shift+Tab', 15)
  await page.keyboard.press('Enter')
  const timeline = new Timeline(page)
  await pressUntilFocused(page, timeline.chart, 'Tab', 6)
  expect(await focusIndicator(timeline.chart)).toMatchObject({
    focusVisible: true,
    drawn: true,
    outlineColour: ringAfter.focusColour,
  })
})
