import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'

/**
 * The tutorial Canary with `metrics` metrics and `webhooks` webhooks, each distinct: the large document of
 * `npm run bench` and of the tests that check what it measures.
 */
export function largeCanary(metrics: number, webhooks: number): string {
  const head = podinfoCanaryYaml.slice(0, podinfoCanaryYaml.indexOf('    metrics:\n'))
  const lines = [head + '    metrics:']
  for (let i = 0; i < metrics; i++) {
    lines.push(`      # Metric ${i}: a templated latency check.`)
    lines.push(
      `      - name: latency-${i}`,
      `        templateRef:`,
      `          name: latency`,
      `          namespace: istio-system`,
    )
    lines.push(`        interval: 1m`, `        thresholdRange:`, `          max: ${500 + i}`)
  }
  lines.push('    webhooks:')
  for (let i = 0; i < webhooks; i++) {
    lines.push(
      `      - name: load-test-${i}`,
      `        type: rollout`,
      `        url: http://flagger-loadtester.test/`,
      `        timeout: 5s`,
    )
    lines.push(`        metadata:`, `          cmd: "hey -z 1m -q 10 -c 2 http://podinfo-canary.test:9898/${i}"`)
  }
  return lines.join('\n') + '\n'
}
