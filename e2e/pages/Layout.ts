import { expect, type Locator, type Page } from '@playwright/test'

/** The workspace's arrangement: splitters, collapse buttons and rails, the form/YAML tabs, and text that spills. */
export class Layout {
  readonly form: Locator
  readonly yaml: Locator
  readonly diagram: Locator
  readonly timeline: Locator
  readonly panels: Locator
  readonly panelBody: Locator

  constructor(private readonly page: Page) {
    this.form = page.getByRole('region', { name: 'Form' })
    this.yaml = page.getByRole('region', { name: 'YAML' })
    this.diagram = page.getByRole('region', { name: 'Traffic' })
    this.timeline = page.getByRole('region', { name: 'Rollout timeline' })
    this.panels = page.getByRole('region', { name: 'Panels' })
    this.panelBody = page.locator('#panel-body')
  }

  /** A splitter, e.g. "Resize form", "Resize rollout", "Resize panels". */
  resizer(name: string | RegExp): Locator {
    return this.page.getByRole('separator', { name })
  }

  /** The form/YAML tab of the shared column (narrower windows). */
  sideTab(name: 'Form' | 'YAML'): Locator {
    return this.page.getByRole('tablist', { name: 'Form and YAML' }).getByRole('tab', { name })
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** A point on the splitter's line where it is what the pointer hits (not where another splitter crosses it). */
  grabPoint(resizer: Locator): Promise<{ x: number; y: number }> {
    return resizer.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const isVertical = el.getAttribute('aria-orientation') === 'vertical'
      for (const share of [0.5, 0.3, 0.7, 0.2, 0.8]) {
        const point = isVertical
          ? { x: box.left + box.width / 2, y: box.top + box.height * share }
          : { x: box.left + box.width * share, y: box.top + box.height / 2 }
        if (document.elementFromPoint(point.x, point.y) === el) return point
      }
      throw new Error('the splitter is covered along its whole line')
    })
  }

  /** Drags a splitter by (dx, dy) with the mouse. */
  async drag(resizer: Locator, dx: number, dy: number): Promise<void> {
    const { x, y } = await this.grabPoint(resizer)
    await this.page.mouse.move(x, y)
    await this.page.mouse.down()
    // A drag "as far as it goes" ends at the window's edge, where a person's pointer would stop.
    const viewport = this.page.viewportSize() ?? { width: 0, height: 0 }
    const toX = Math.max(1, Math.min(viewport.width - 1, x + dx))
    const toY = Math.max(1, Math.min(viewport.height - 1, y + dy))
    await this.page.mouse.move((x + toX) / 2, (y + toY) / 2)
    await this.page.mouse.move(toX, toY)
    await this.page.mouse.up()
  }

  /** The splitter's extent across its line that a pointer can grab: the run of points where it is the hit target. */
  async hitExtent(resizer: Locator): Promise<number> {
    const grab = await this.grabPoint(resizer)
    return resizer.evaluate((el, { x, y }) => {
      const isVertical = el.getAttribute('aria-orientation') === 'vertical'
      let hits = 0
      for (let offset = -10; offset <= 10; offset += 0.5) {
        const [px, py] = isVertical ? [x + offset, y] : [x, y + offset]
        if (document.elementFromPoint(px, py) === el) hits++
      }
      return hits / 2
    }, grab)
  }

  async height(locator: Locator): Promise<number> {
    return (await locator.boundingBox())?.height ?? 0
  }

  async width(locator: Locator): Promise<number> {
    return (await locator.boundingBox())?.width ?? 0
  }

  /** True when the page needs no horizontal scrolling. */
  async expectNoHorizontalScroll(): Promise<void> {
    const sizes = await this.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }))
    expect(sizes.scroll, 'page scroll width').toBeLessThanOrEqual(sizes.client)
  }

  /**
   * Visible elements under `selector` whose text runs out of their box (scrollWidth > clientWidth) without scrolling
   * it or ending in an ellipsis with a title to read it whole. The diagram canvas and Monaco are left out.
   */
  spilledText(selector: string): Promise<string[]> {
    return this.page.evaluate((sel) => {
      const spilled: string[] = []
      for (const root of document.querySelectorAll(sel))
        for (const el of [root, ...root.querySelectorAll('*')]) {
          if (!(el instanceof HTMLElement) || el.closest('.monaco-editor, .react-flow')) continue
          if (el.clientWidth === 0 || !el.checkVisibility() || el.scrollWidth <= el.clientWidth + 1) continue
          if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) continue
          const style = getComputedStyle(el)
          if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue
          if (style.textOverflow === 'ellipsis' && el.title !== '') continue
          const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`
          spilled.push(`${name} "${(el.textContent ?? '').slice(0, 50)}" ${el.scrollWidth} > ${el.clientWidth}`)
        }
      return spilled
    }, selector)
  }
}
