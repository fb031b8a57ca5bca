import type { Page } from '@playwright/test'
import { templates } from '../src/core/templates/templates.ts'
import { expect, test } from './fixtures.ts'
import { Diagram } from './pages/Diagram.ts'

const sizes = [
  { width: 1366, height: 768, name: 10, text: 8 },
  { width: 1440, height: 900, name: 11, text: 9 },
  { width: 1920, height: 1080, name: 12, text: 10 },
] as const

interface Rect {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

interface Measures {
  readonly zoom: number
  readonly pane: Rect
  readonly nodes: readonly (Rect & { id: string })[]
  readonly chrome: readonly (Rect & { what: string })[]
  readonly smallestName: number
  readonly smallestText: number
  readonly overflowing: readonly string[]
}

/** What a person sees of the diagram: on-screen text sizes, node and chrome rectangles, text that spills. */
function measure(page: Page): Promise<Measures> {
  return page.getByTestId('traffic-diagram').evaluate((root) => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect()
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    }
    const flow = root.querySelector('.react-flow')!
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport')!
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a
    const nodes = [...root.querySelectorAll('.react-flow__node')].map((n) => ({
      id: n.getAttribute('data-id') ?? '',
      ...rect(n),
    }))
    const chrome = [...document.querySelectorAll('[data-diagram-chrome]')]
      .flatMap((c) => [
        ...(c.matches('[data-diagram-chrome]') ? [c] : []),
        ...c.querySelectorAll('summary, p, li, button'),
      ])
      // A closed note's text keeps a layout box (content-visibility: hidden) though nothing of it is painted.
      .filter((c) => c.getClientRects().length > 0 && c.checkVisibility())
      .map((c) => ({
        what: `${c.getAttribute('data-diagram-chrome') ?? c.tagName} ${(c.textContent ?? '').slice(0, 30)}`,
        ...rect(c),
      }))
    const texts = [...root.querySelectorAll('.react-flow__node *')].filter(
      (e) =>
        [...e.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== '') &&
        e.getClientRects().length > 0,
    )
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize) * zoom
    const names = texts.filter((e) => e.classList.contains('traffic-node__name'))
    const overflowing = texts
      .filter((e) => e instanceof HTMLElement && e.scrollWidth > e.clientWidth + 0.5)
      .filter((e) => !(getComputedStyle(e).textOverflow === 'ellipsis' && (e.getAttribute('title') ?? '') !== ''))
      .map((e) => `${e.className}: ${e.textContent}`)
    return {
      zoom,
      pane: rect(flow),
      nodes,
      chrome,
      smallestName: Math.min(...names.map(size)),
      smallestText: Math.min(...texts.map(size)),
      overflowing,
    }
  })
}

/**
 * Waits until the view stops moving (a refit after a resize or a density change animates for a moment): the same
 * transform three reads running. Two were not enough on a loaded CI machine, where the refit after the window's
 * resize had not begun 250 ms later.
 */
async function settle(page: Page): Promise<void> {
  const viewport = page.getByTestId('traffic-diagram').locator('.react-flow__viewport')
  let before = ''
  let unchanged = 0
  for (let i = 0; i < 40 && unchanged < 2; i++) {
    await page.waitForTimeout(250)
    const now = await viewport.evaluate((e) => getComputedStyle(e).transform)
    unchanged = now === before ? unchanged + 1 : 0
    before = now
  }
}

const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
const inside = (a: Rect, outer: Rect) =>
  a.left >= outer.left - 0.5 &&
  a.top >= outer.top - 0.5 &&
  a.right <= outer.right + 0.5 &&
  a.bottom <= outer.bottom + 0.5

const cases = [
  { id: 'sample', text: undefined },
  ...['progressive-canary', 'session-affinity', 'ab-testing', 'blue-green-mirroring'].map((id) => ({
    id,
    text: templates.find((t) => t.id === id)!.text,
  })),
]

for (const size of sizes)
  for (const theme of ['light', 'dark'] as const)
    for (const c of cases)
      test(`${c.id} at ${size.width}×${size.height} (${theme}): the whole graph legible, nothing covering a node`, async ({
        page,
        studio,
      }, info) => {
        void studio
        await page.setViewportSize({ width: size.width, height: size.height })
        await page.emulateMedia({ colorScheme: theme })
        if (c.text) await new Diagram(page).load(c.text)
        await settle(page)
        const m = await measure(page)
        console.log(
          size.width,
          theme,
          c.id,
          JSON.stringify({ zoom: m.zoom, pane: m.pane, name: m.smallestName, text: m.smallestText, n: m.nodes.length }),
        )
        await page.screenshot({ path: info.outputPath(`${c.id}-${size.width}-${theme}.png`) })
        expect(m.smallestName, 'node names on screen (px)').toBeGreaterThanOrEqual(size.name)
        expect(m.smallestText, 'smallest node text on screen (px)').toBeGreaterThanOrEqual(size.text)
        for (const n of m.nodes) expect(inside(n, m.pane), `${n.id} inside the pane`).toBe(true)
        for (const ch of m.chrome)
          for (const n of m.nodes) expect(intersects(ch, n), `${ch.what} over ${n.id}`).toBe(false)
        expect(m.overflowing).toEqual([])
      })
