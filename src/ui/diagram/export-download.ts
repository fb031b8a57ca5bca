import { lightPalette, type Palette } from './export-svg.ts'

// Browser side of "Download SVG / PNG": resolve the theme's colours, rasterise through a canvas, save.

/** The palette of the theme shown now, read from the CSS variables on `element`. */
export function paletteFrom(element: Element): Palette {
  const style = getComputedStyle(element)
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    bg: v('--bg', lightPalette.bg),
    surface: v('--surface', lightPalette.surface),
    surface2: v('--surface-2', lightPalette.surface2),
    border: v('--border-strong', lightPalette.border),
    text: v('--text', lightPalette.text),
    muted: v('--text-muted', lightPalette.muted),
    primary: v('--primary', lightPalette.primary),
    primarySoft: v('--primary-soft', lightPalette.primarySoft),
    canary: v('--canary', lightPalette.canary),
    canarySoft: v('--canary-soft', lightPalette.canarySoft),
    accent: v('--accent', lightPalette.accent),
    warning: v('--warning', lightPalette.warning),
    fontUi: v('--font-ui', lightPalette.fontUi),
    fontMono: v('--font-mono', lightPalette.fontMono),
  }
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export function downloadSvg(svg: string, fileName: string): void {
  save(new Blob([svg], { type: 'image/svg+xml' }), fileName)
}

/** Draws the SVG on a canvas at `scale` (crisp on high-DPI screens) and saves it as PNG. */
export async function svgToPngBlob(svg: string, scale = 2): Promise<Blob> {
  const image = new Image()
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve()
    image.onerror = () => reject(new Error('The diagram could not be drawn as an image.'))
  })
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await loaded
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(image.width * scale)
  canvas.height = Math.ceil(image.height * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('No 2D canvas available.')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0)
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
  )
}

export async function downloadPng(svg: string, fileName: string): Promise<void> {
  save(await svgToPngBlob(svg), fileName)
}
