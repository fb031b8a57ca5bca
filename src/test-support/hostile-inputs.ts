// The inputs issue #18's adversarial pass froze the tab with, rebuilt at the same sizes. The long-task test
// (e2e/long-tasks.spec.ts) and `npm run bench` both use them, so the bound and the figure measure the same thing.
import { hostileCanaryYaml } from '../core/fuzz/arbitraries.ts'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'

/** The sample with a `metadata.annotations` map of `keys` entries: about 4.8 MB at 100,000 keys. */
export function manyKeysDocument(keys = 100_000): string {
  const lines = Array.from({ length: keys }, (_, i) => `    key-${i}: "${'v'.repeat(30)}"`).join('\n')
  return podinfoCanaryYaml.replace('metadata:\n', `metadata:\n  annotations:\n${lines}\n`)
}

/** The sample measured by a MetricTemplate (in the same file) whose query is `actions` Go-template actions long. */
export function longQueryDocument(actions = 80_000): string {
  const query = Array.from({ length: actions }, (_, i) => (i % 2 ? '{{ namespace }}' : '{{ target }}')).join('+')
  const canary = podinfoCanaryYaml.replace(
    '    metrics:\n',
    '    metrics:\n      - name: huge-query\n        templateRef:\n          name: huge-query\n        thresholdRange:\n          max: 1\n',
  )
  return `${canary}---
apiVersion: flagger.app/v1beta1
kind: MetricTemplate
metadata:
  name: huge-query
  namespace: test
spec:
  provider:
    type: prometheus
    address: http://prometheus.istio-system:9090
  query: ${JSON.stringify(query)}
`
}

/** A Canary whose A/B match has a regex that backtracking engines take exponential time on. */
export const catastrophicRegex = '(a|a)*b'
/** A header value that makes `catastrophicRegex` backtrack on every a. */
export const catastrophicHeader = 'a'.repeat(32)
export function catastrophicRegexDocument(): string {
  return podinfoCanaryYaml
    .replace(
      / {4}maxWeight: 50\n/,
      '    iterations: 10\n    match:\n      - headers:\n          x-canary:\n            regex: "(a|a)*b"\n',
    )
    .replace(/ {4}# Stop shifting[^\n]*\n/, '')
    .replace(/ {4}# Add this much[^\n]*\n {4}stepWeight: 10\n/, '')
}

/** A billion iterations and `hooks` webhooks of one type: a share link of about 560 characters. */
export function billionIterationsDocument(hooks = 3000): string {
  return hostileCanaryYaml({ iterations: 1_000_000_000, hooks, type: 'rollout' })
}
