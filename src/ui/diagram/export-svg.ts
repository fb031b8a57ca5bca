import type { TrafficGraph, TrafficNode } from '../../core/traffic/traffic-graph-types.ts'
import { edgeTone, nodeTone, type Tone } from './flow-elements.ts'
import { labelLines, placeLabels } from './edge-labels.ts'
import { curve } from './geometry.ts'
import { DETAIL_LINE, HEADER, PAD, ROUTE_ROW, edgeEndpoints, routeHandleOffset, type DiagramLayout } from './layout.ts'
import { kindLabel, routeKindText, showsLabel } from './labels.ts'

// A clean, self-contained SVG of the diagram drawn from the graph model and the layout (no DOM scraping, no
// foreignObject), so it opens anywhere and can be rasterised to PNG without tainting the canvas.

/** Concrete colours (the theme's CSS variables resolved at export time). */
export interface Palette {
  readonly bg: string
  readonly surface: string
  readonly surface2: string
  readonly border: string
  readonly text: string
  readonly muted: string
  readonly primary: string
  readonly primarySoft: string
  readonly canary: string
  readonly canarySoft: string
  readonly accent: string
  readonly warning: string
  readonly fontUi: string
  readonly fontMono: string
}

export const lightPalette: Palette = {
  bg: '#f6f7f9',
  surface: '#ffffff',
  surface2: '#f0f2f5',
  border: '#c5cbd4',
  text: '#1d2330',
  muted: '#5d6778',
  primary: '#2f6fde',
  primarySoft: '#e8f0fd',
  canary: '#c98a00',
  canarySoft: '#fdf4dc',
  accent: '#7a4fd1',
  warning: '#b36b00',
  fontUi: 'system-ui, sans-serif',
  fontMono: 'ui-monospace, Menlo, Consolas, monospace',
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Cuts text to fit `width` pixels at roughly `charWidth` per character. */
function fit(text: string, width: number, charWidth: number): string {
  const max = Math.max(3, Math.floor(width / charWidth))
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function toneColor(p: Palette, tone: Tone): string {
  return tone === 'primary' ? p.primary : tone === 'canary' ? p.canary : tone === 'bypass' ? p.warning : p.muted
}

function nodeSvg(
  p: Palette,
  node: TrafficNode,
  box: { x: number; y: number; width: number; height: number },
  target: string | undefined,
): string {
  const tone = nodeTone(node, target)
  const fill = tone === 'primary' ? p.primarySoft : tone === 'canary' ? p.canarySoft : p.surface
  const stroke = tone === 'neutral' ? p.border : toneColor(p, tone)
  const x = box.x
  const inner = box.width - 2 * PAD - 4
  const parts = [
    `<g class="node" data-id="${esc(node.id)}"><title>${esc(node.accessibleName)}</title>`,
    `<rect x="${x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="1"/>`,
    `<rect x="${x}" y="${box.y}" width="3" height="${box.height}" rx="1.5" fill="${stroke}"/>`,
    `<text x="${x + PAD + 4}" y="${box.y + PAD + 11}" font-size="11" fill="${p.muted}" font-family="${esc(p.fontUi)}">${esc(kindLabel(node, tone))}</text>`,
    `<text x="${x + PAD + 4}" y="${box.y + PAD + 28}" font-size="12.5" font-weight="600" fill="${p.text}" font-family="${esc(p.fontMono)}">${esc(fit(node.label, inner, 7.6))}</text>`,
  ]
  let y = box.y + PAD + HEADER
  for (const d of node.details) {
    parts.push(
      `<text x="${x + PAD + 4}" y="${y + 12}" font-size="11" fill="${p.muted}" font-family="${esc(p.fontMono)}">${esc(fit(d, inner, 6.7))}</text>`,
    )
    y += DETAIL_LINE
  }
  if (node.badges && node.badges.length > 0) {
    let bx = x + PAD + 4
    for (const b of node.badges) {
      const w = b.label.length * 6 + 12
      parts.push(
        `<rect x="${bx}" y="${y + 4}" width="${w}" height="16" rx="8" fill="${p.surface2}" stroke="${p.border}"/>`,
      )
      parts.push(
        `<text x="${bx + 6}" y="${y + 16}" font-size="10" fill="${p.text}" font-family="${esc(p.fontUi)}">${esc(b.label)}</text>`,
      )
      bx += w + 4
    }
  }
  if (node.routes && node.routes.length > 0) {
    for (const r of node.routes) {
      const ry = box.y + routeHandleOffset(node, r.index) - ROUTE_ROW / 2
      parts.push(
        `<rect x="${x + PAD}" y="${ry + 2}" width="${box.width - 2 * PAD}" height="${ROUTE_ROW - 4}" rx="4" fill="${p.surface2}"/>`,
      )
      parts.push(
        `<text x="${x + PAD + 6}" y="${ry + 17}" font-size="11" fill="${p.muted}" font-family="${esc(p.fontUi)}">${r.index + 1}</text>`,
      )
      parts.push(
        `<text x="${x + PAD + 20}" y="${ry + 17}" font-size="11" fill="${p.text}" font-family="${esc(p.fontMono)}">${esc(fit(r.label, box.width - 2 * PAD - 80, 6.7))}</text>`,
      )
      parts.push(
        `<text x="${x + box.width - PAD - 6}" y="${ry + 17}" font-size="10" text-anchor="end" fill="${p.muted}" font-family="${esc(p.fontUi)}">${routeKindText[r.kind]}</text>`,
      )
    }
  }
  parts.push('</g>')
  return parts.join('')
}

/** The whole diagram as an SVG document string. */
export function buildDiagramSvg(
  graph: TrafficGraph,
  layout: DiagramLayout,
  palette: Palette = lightPalette,
  target?: string,
): string {
  const margin = 24
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const width = layout.width + 2 * margin
  const height = layout.height + 2 * margin
  const tones: Tone[] = ['primary', 'canary', 'neutral', 'bypass']
  const markers = tones
    .map(
      (t) =>
        `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="${toneColor(palette, t)}"/></marker>`,
    )
    .join('')
  const placed = placeLabels(graph, layout)
  const edges: string[] = []
  const labels: string[] = []
  for (const e of graph.edges) {
    const ends = edgeEndpoints(layout, nodes, e)
    if (!ends) continue
    const tone = edgeTone(e)
    const c = curve(ends.sx, ends.sy, ends.tx, ends.ty)
    const color = toneColor(palette, tone)
    const widthPx = e.kind === 'route' && e.weightPercent !== undefined ? 1.5 + (e.weightPercent / 100) * 2.5 : 1.5
    edges.push(
      `<path d="${c.path}" fill="none" stroke="${color}" stroke-width="${widthPx.toFixed(1)}"${e.dashed ? ' stroke-dasharray="6 4"' : ''}${e.active ? '' : ' stroke-opacity="0.3"'} marker-end="url(#arrow-${tone})"><title>${esc(e.accessibleName)}</title></path>`,
    )
    const at = placed.get(e.id)
    if (!showsLabel(e.kind) || !at) continue
    const main = labelLines(e)
    const lines = [...main, ...(e.secondaryLabel ? [e.secondaryLabel] : [])]
    const w = Math.max(...lines.map((l) => l.length)) * 6.4 + 12
    const h = lines.length * 14 + 6
    labels.push(
      `<g${e.active ? '' : ' opacity="0.45"'}><rect x="${at.x - w / 2}" y="${at.y - h / 2}" width="${w}" height="${h}" rx="4" fill="${palette.surface}" stroke="${color}"/>` +
        lines
          .map(
            (l, i) =>
              `<text x="${at.x}" y="${at.y - h / 2 + 14 + i * 14}" text-anchor="middle" font-size="${i < main.length ? 11 : 10}" ${i < main.length ? 'font-weight="600" ' : ''}fill="${i < main.length ? palette.text : palette.muted}" font-family="${esc(palette.fontUi)}">${esc(l)}</text>`,
          )
          .join('') +
        '</g>',
    )
  }
  const body = graph.nodes.map((n) => {
    const box = layout.boxes.get(n.id)
    return box ? nodeSvg(palette, n, box, target) : ''
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${-margin} ${-margin} ${width} ${height}">`,
    `<defs>${markers}</defs>`,
    `<rect x="${-margin}" y="${-margin}" width="${width}" height="${height}" fill="${palette.bg}"/>`,
    ...edges,
    ...body,
    ...labels,
    '</svg>',
  ].join('\n')
}
