import type { Page } from '@playwright/test'
import { templates } from '../src/core/templates/templates.ts'
import { expect, test } from './fixtures.ts'
import { Io } from './pages/Io.ts'
import { Layout } from './pages/Layout.ts'

// Three real screens: the two narrower ones share one column between the form and the YAML, the wide one does not.
const screens = [
  { width: 1366, height: 768, isWide: false },
  { width: 1440, height: 900, isWide: false },
  { width: 1920, height: 1080, isWide: true },
] as const

const strategyCards: Record<string, string> = {
  'progressive-canary': 'Canary',
  'step-weights': 'Canary',
  'ab-testing': 'A/B testing',
  'blue-green': 'Blue/green',
  'blue-green-mirroring': 'Blue/green + mirror',
  'session-affinity': 'Canary + sticky',
}

async function reload(page: Page): Promise<void> {
  await page.reload()
  await expect(page.getByTestId('yaml-editor').locator('.view-lines')).toBeAttached({ timeout: 45_000 })
}

async function chooseTemplate(page: Page, id: string): Promise<void> {
  const io = new Io(page)
  await io.chooseTemplate(id)
  const replace = io.dialog.getByRole('button', { name: 'Replace' })
  if (await replace.isVisible()) await replace.click()
}

for (const screen of screens) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } })

    test('each pane collapses and comes back, and stays so across a reload', async ({ page, studio }) => {
      void studio
      // Three reloads, each waiting for Monaco: more than one plain test's budget on a busy machine.
      test.slow()
      const layout = new Layout(page)
      const diagramWidth = await layout.width(layout.diagram)
      if (screen.isWide) {
        await layout.button('Collapse form').click()
        await expect(layout.button('Show Form')).toBeFocused()
        await layout.button('Collapse YAML').click()
      } else {
        await layout.button('Collapse form and YAML').click()
        await expect(layout.button('Show Form')).toBeFocused()
      }
      await layout.button('Collapse panels').click()
      await expect(layout.form).toBeHidden()
      await expect(layout.yaml).toBeHidden()
      await expect(layout.panelBody).toBeHidden()
      await expect(layout.panels.getByRole('tab', { name: 'Problems' })).toBeVisible()
      expect(await layout.width(layout.diagram)).toBeGreaterThan(diagramWidth + (screen.isWide ? 700 : 300))
      await layout.expectNoHorizontalScroll()

      await reload(page)
      await expect(layout.form).toBeHidden()
      await expect(layout.yaml).toBeHidden()
      await expect(layout.panelBody).toBeHidden()
      await layout.button('Show YAML').click()
      await expect(layout.yaml.locator('.view-lines')).toBeVisible()
      if (!screen.isWide) await expect(layout.sideTab('YAML')).toHaveAttribute('aria-selected', 'true')
      await layout.button('Show panels').click()
      await expect(layout.panelBody).toBeVisible()
      // The panel strip fits its content: the sample's two notes need far less than the strip may take.
      expect(await layout.height(layout.panelBody)).toBeLessThan(120)

      await reload(page)
      await expect(layout.yaml.locator('.view-lines')).toBeVisible()
      await expect(layout.panelBody).toBeVisible()
      if (screen.isWide) {
        await expect(layout.form).toBeHidden()
        await layout.button('Show Form').click()
      } else await layout.sideTab('Form').click()
      await expect(layout.form).toBeVisible()
    })

    test('splitters are easy to grab, remember their sizes and stop where a pane would stop working', async ({
      page,
      studio,
    }) => {
      void studio
      test.slow()
      const layout = new Layout(page)
      const sideName = screen.isWide ? 'Resize form' : 'Resize form and YAML'
      const names = [sideName, 'Resize rollout', 'Resize panels', ...(screen.isWide ? ['Resize YAML editor'] : [])]
      for (const name of names) expect(await layout.hitExtent(layout.resizer(name)), name).toBeGreaterThanOrEqual(8)

      const side = layout.resizer(sideName)
      const rollout = layout.resizer('Resize rollout')
      const sideWidth = Number(await side.getAttribute('aria-valuenow'))
      const timelineHeight = Number(await rollout.getAttribute('aria-valuenow'))
      await layout.drag(side, 60, 0)
      await layout.drag(rollout, 0, -40)
      await expect(side).toHaveAttribute('aria-valuenow', String(sideWidth + 60))
      await expect(rollout).toHaveAttribute('aria-valuenow', String(timelineHeight + 40))
      expect(Math.round(await layout.height(layout.timeline))).toBe(timelineHeight + 40)
      await reload(page)
      await expect(side).toHaveAttribute('aria-valuenow', String(sideWidth + 60))
      await expect(rollout).toHaveAttribute('aria-valuenow', String(timelineHeight + 40))

      // Dragged as far as it goes, each pane stops at the size its content needs.
      await layout.drag(side, -2000, 0)
      await expect(side).toHaveAttribute('aria-valuenow', screen.isWide ? '300' : '320')
      await layout.drag(side, 4000, 0)
      expect(await layout.width(layout.diagram)).toBeGreaterThanOrEqual(459)
      await layout.drag(rollout, 0, -2000)
      await page.getByRole('tab', { name: 'Generated' }).click()
      await layout.drag(layout.resizer('Resize panels'), 0, -2000)
      expect(await layout.height(layout.diagram)).toBeGreaterThanOrEqual(219)
      expect(await layout.height(layout.timeline)).toBeGreaterThanOrEqual(139)
      const pane = await layout.diagram.boundingBox()
      // The zoom and fit tools sit in the diagram's header: squeezed to its minimum, the pane still shows them.
      const tools = await layout.diagram.locator('[data-diagram-chrome="tools"]').boundingBox()
      expect(pane && tools && tools.y + tools.height <= pane.y + pane.height).toBe(true)
      await layout.expectNoHorizontalScroll()
    })

    test('no text spills out of the summary cards or the form rows, for every template', async ({ page, studio }) => {
      test.slow()
      const layout = new Layout(page)
      for (const template of templates) {
        await chooseTemplate(page, template.id)
        await expect.poll(() => studio.yaml.text()).toBe(template.text)
        await expect(page.locator('[data-figure="strategy"] dd')).toHaveText(strategyCards[template.id] ?? '')
        const spilled = await layout.spilledText(
          '.tl-figures, .tl-summary, .pane--form .field, .form-section > summary, .panels, .toolbar, .statusbar',
        )
        expect(spilled, template.id).toEqual([])
        // The cards sit side by side or wrap; none is drawn over another.
        const cards = await page
          .locator('.tl-figure')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
        for (const [i, a] of cards.entries())
          for (const b of cards.slice(i + 1)) {
            const overlaps =
              a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5
            expect(overlaps, `${template.id}: cards overlap`).toBe(false)
          }
      }
      await layout.expectNoHorizontalScroll()
    })
  })
}

test.describe('narrower than 1600 px', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('the form and the YAML are tabs of one column, kept in sync live while the other is hidden', async ({
    page,
    studio,
  }) => {
    const layout = new Layout(page)
    await expect(layout.sideTab('Form')).toHaveAttribute('aria-selected', 'true')
    await expect(layout.yaml).toBeHidden()
    await layout.sideTab('YAML').click()
    await expect(layout.form).toBeHidden()
    await expect(layout.yaml.locator('.view-lines')).toBeVisible()
    await studio.yaml.replace('maxWeight: 50', 'maxWeight: 40')
    await layout.sideTab('Form').click()
    await expect(studio.form.field('spec.analysis.maxWeight')).toHaveValue('40')
    await studio.form.fill('spec.analysis.stepWeight', '20')
    // ← → move between the tabs, as in any tab list.
    await layout.sideTab('Form').focus()
    await page.keyboard.press('ArrowRight')
    await expect(layout.sideTab('YAML')).toBeFocused()
    await expect.poll(() => studio.yaml.text()).toContain('stepWeight: 20')
    // The editor stayed mounted: its undo steps back through the form edit, then its own.
    const editor = page.getByRole('textbox', { name: 'Canary YAML' })
    await editor.focus()
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => studio.yaml.text()).toContain('stepWeight: 10')
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => studio.yaml.text()).toContain('maxWeight: 50')

    // A skip link opens the other tab and puts the keyboard in it.
    await layout.sideTab('Form').click()
    await page.getByRole('button', { name: 'Skip to YAML editor' }).focus()
    await page.keyboard.press('Enter')
    await expect(layout.sideTab('YAML')).toHaveAttribute('aria-selected', 'true')
    await expect(editor).toBeFocused()
  })
})

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('nothing needs horizontal scrolling, with the panes open or collapsed', async ({ page, studio }) => {
    void studio
    const layout = new Layout(page)
    await layout.expectNoHorizontalScroll()
    await layout.drag(layout.resizer('Resize form and YAML'), 4000, 0)
    await layout.expectNoHorizontalScroll()
    expect(await layout.width(layout.diagram)).toBeGreaterThanOrEqual(459)
    await layout.button('Collapse form and YAML').click()
    await layout.expectNoHorizontalScroll()
  })
})
