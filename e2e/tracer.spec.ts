import { abTestingTemplate } from '../src/core/templates/ab-testing.ts'
import { expect, test } from './fixtures.ts'
import { Panels, pasteIntoEditor } from './pages/Panels.ts'


test('a request from the internet is split at the shown tick’s weights and follows document edits', async ({ page, studio }) => {
  const panels = new Panels(page)
  await panels.open('Try a request')
  await expect(panels.preset('internet')).toHaveAttribute('aria-pressed', 'true')
  await expect(panels.outcome).toHaveText('Served')
  await expect(panels.root.getByText('At tick 1: primary 90 % · canary 10 %')).toBeVisible()
  await panels.expectShares(['podinfo-primary 90', 'podinfo 10'])
  await studio.yaml.replace('stepWeight: 10', 'stepWeight: 25')
  await expect(panels.root.getByText('At tick 1: primary 75 % · canary 25 %')).toBeVisible()
  await panels.expectShares(['podinfo-primary 75', 'podinfo 25'])
})

test('a call from another pod explains why mesh callers bypass the canary', async ({ page, studio }) => {
  const panels = new Panels(page)
  await panels.open('Try a request')
  await panels.preset('mesh').click()
  await expect(panels.explanation).toContainText('mesh is not among service.gateways, so in-mesh calls skip VirtualService test/podinfo')
  await expect(panels.explanation).toContainText('podinfo-primary')
  await panels.expectShares(['podinfo-primary 100'])
  void studio
})

test('in the A/B template, adding the A/B header sends the request to the canary', async ({ page, studio }) => {
  await pasteIntoEditor(page, await studio.yaml.text(), abTestingTemplate)
  await expect.poll(() => studio.yaml.text()).toBe(abTestingTemplate)
  const panels = new Panels(page)
  await panels.open('Try a request')
  await panels.expectShares(['checkout-primary 100'])
  await panels.addHeader('x-canary', 'insider')
  await panels.expectShares(['checkout 100'])
  await expect(panels.explanation).toContainText('checkout')
  await expect(panels.root.getByText(/http\[0\] match\[0\]: x-canary = insider/)).toBeVisible()
  await panels.preset('ab-cookie').click()
  await panels.expectShares(['checkout 100'])
  await expect(panels.root.getByText(/match\[1\]: cookie ~/)).toBeVisible()
})

test('Add Gateway appends the referenced Gateway after the Canary, which is kept byte for byte', async ({ page, studio }) => {
  const before = await studio.yaml.text()
  const panels = new Panels(page)
  await panels.open('Try a request')
  await panels.root.getByRole('button', { name: '+ Add Gateway istio-system/public-gateway' }).click()
  await expect.poll(() => studio.yaml.text()).toContain('kind: Gateway')
  const after = await studio.yaml.text()
  expect(after.startsWith(`${before}---\n`)).toBe(true)
  await expect(panels.explanation).toContainText('Gateway istio-system/public-gateway admits it on server 0')
  await expect(panels.root.getByRole('button', { name: /Add Gateway/ })).toHaveCount(0)
  await studio.yaml.replace('- "*"', '- "other.example.org"')
  await expect(panels.outcome).toHaveText('Rejected · 404')
  await panels.open('Problems')
  await expect(panels.root.getByText(/admits none of the VirtualService's hosts/)).toBeVisible()
})
