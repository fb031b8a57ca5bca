import { expect, test } from './fixtures.ts'
import { Panels, pasteIntoEditor } from './pages/Panels.ts'

test('the Metrics panel shows the rendered request-success-rate query and what its interval means', async ({
  page,
  studio,
}) => {
  const panels = new Panels(page)
  await panels.open('Metrics')
  const card = panels.metric('request-success-rate')
  await expect(card.getByTestId('metric-query')).toContainText('istio_requests_total')
  await expect(card.getByTestId('metric-query')).toContainText('destination_workload_namespace="test"')
  await expect(card.getByTestId('metric-query')).toContainText('[1m]')
  await expect(card).toContainText('fails when the success rate (non-5xx responses) is below 99 %')
  await expect(card).toContainText('every metric is checked once per analysis.interval (1m)')
  await studio.yaml.replace('interval: 30s', 'interval: 2m')
  await expect(panels.metric('request-duration').getByTestId('metric-query')).toContainText('[2m]')
})

test('a metric whose MetricTemplate is not in this file says it is defined elsewhere (the usual GitOps layout)', async ({
  page,
  studio,
}) => {
  expect(await studio.yaml.text()).toContain('      - name: request-duration\n')
  const panels = new Panels(page)
  await pasteIntoEditor(
    page,
    '      - name: request-duration\n',
    '      - name: error-rate\n        templateRef:\n          name: error-rate\n      - name: request-duration\n',
  )
  await panels.open('Metrics')
  const card = panels.metric('error-rate')
  await expect(card).toContainText('MetricTemplate test/error-rate is defined elsewhere (not in this file)')
  await expect(card.getByRole('alert')).toHaveCount(0)
})
