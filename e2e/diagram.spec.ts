import { expect, test } from './fixtures.ts'
import { Diagram } from './pages/Diagram.ts'

test('the default document shows the gateway, the VirtualService, three Services and two workloads', async ({
  studio,
  page,
}) => {
  void studio
  const diagram = new Diagram(page)
  for (const id of [
    'gateway:istio-system/public-gateway',
    'virtualservice:podinfo',
    'service:podinfo',
    'service:podinfo-primary',
    'service:podinfo-canary',
  ])
    await expect(diagram.node(id), id).toBeVisible()
  // a workload is a box of its own, or the badge of its Service when the pane is small
  for (const name of ['podinfo-primary', 'podinfo']) await expect(diagram.workload(name).first(), name).toBeVisible()
  await expect(diagram.node('service:podinfo-canary')).toHaveAttribute('aria-label', 'Service podinfo-canary')
  await expect(diagram.edgeLabel('route:0:podinfo-canary')).toContainText('10%')
  await expect(diagram.edgeLabel('route:0:podinfo-primary')).toContainText('90%')
  // mesh is not among the gateways: the in-mesh bypass is drawn and explained
  await expect(diagram.labels('bypass')).toContainText('bypasses the VirtualService')
  // …and its note is one line over the picture until opened
  const note = page.locator('.traffic-notes__note').filter({ hasText: 'bypassing the VirtualService' })
  await expect(note.locator('p')).toBeHidden()
  await note.locator('summary').click()
  await expect(note.locator('p')).toContainText('in-mesh callers reach the podinfo Service directly')
})

test('changing stepWeight in the form changes the canary edge label', async ({ studio, page }) => {
  const diagram = new Diagram(page)
  await expect(diagram.edgeLabel('route:0:podinfo-canary')).toContainText('10%')
  await studio.form.fill('spec.analysis.stepWeight', '20')
  await expect(diagram.edgeLabel('route:0:podinfo-canary')).toContainText('20%')
  await expect(diagram.edgeLabel('route:0:podinfo-primary')).toContainText('80%')
})

test('an analysis.match header added in YAML adds a labelled match edge', async ({ studio, page }) => {
  const diagram = new Diagram(page)
  await expect(diagram.labels('route-ab-match')).toHaveCount(0)
  await studio.yaml.replace('maxWeight: 50', 'iterations: 5')
  await studio.yaml.replace('stepWeight: 10', 'match: [{headers: {x-canary: {exact: insider}}}]')
  // the arrow is labelled with its weight (and with its condition too when the pane has room); its tooltip has both
  const match = diagram.labels('route-ab-match').filter({ hasText: '100%' })
  await expect(match).toHaveCount(1)
  await expect(match).toHaveAttribute('title', /^x-canary = insider · 100%$/)
  await expect(diagram.node('virtualservice:podinfo').locator('.traffic-route--ab-match')).toContainText(
    'x-canary = insider',
  )
})

test('clicking the canary Service node reveals service: in the editor; invalid YAML keeps the diagram, dimmed', async ({
  studio,
  page,
}) => {
  const diagram = new Diagram(page)
  await diagram.node('service:podinfo-canary').click()
  await expect.poll(() => diagram.cursorLine()).toMatch(/^\s*service:/)
  await expect(page.getByTestId('yaml-editor').locator('.view-lines')).toContainText('service:')

  await studio.yaml.replace('threshold: 3', 'threshold: 3:')
  await expect(diagram.stale).toHaveText('showing last valid document')
  await expect(diagram.node('service:podinfo-canary')).toBeVisible()
})
