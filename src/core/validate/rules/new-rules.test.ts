import { describe, expect, it } from 'vitest'
import { abTestingTemplate } from '../../templates/ab-testing.ts'
import { applyEdit } from '../../document/apply-edit.ts'
import { parseDocument } from '../../document/parse-document.ts'
import { cleanCanary, lint, withValue } from '../../../test-support/lint-fixtures.ts'
import { validateRawCanary } from '../validate-canary.ts'

const flaggerDocsRegex = '^(.*?;)?(canary=always)(;.*)?$'
const spaceTolerantRegex = '^(.*?;\\s*)?(canary=always)(;.*)?$'
const abWith = (regex: string) =>
  withValue(
    withValue(
      withValue(cleanCanary(), ['spec', 'analysis', 'stepWeight'], undefined),
      ['spec', 'analysis', 'maxWeight'],
      undefined,
    ),
    ['spec', 'analysis'],
    {
      interval: '1m',
      threshold: 5,
      iterations: 10,
      match: [{ headers: { 'x-canary': { exact: 'insider' } } }, { headers: { cookie: { regex } } }],
    },
  )

describe('cookie-regex-requires-no-space (Flagger docs deployment-strategies.md A/B cookie regex)', () => {
  it("warns on the docs' regex and fixes it to ^(.*?;\\s*)?(canary=always)(;.*)?$", () => {
    const found = lint(abWith(flaggerDocsRegex)).filter((d) => d.rule === 'cookie-regex-requires-no-space')
    expect(found).toHaveLength(1)
    expect(found[0]?.message).toContain('browsers send "a=b; canary=always"')
    expect(found[0]?.fixes?.[0]).toMatchObject({ kind: 'set', value: spaceTolerantRegex })
  })

  it('the fix written into YAML text (double-quoted) reads back as the space-tolerant regex', () => {
    const text =
      'apiVersion: flagger.app/v1beta1\nkind: Canary\nspec:\n  analysis:\n    match:\n      - headers:\n          cookie:\n            regex: "^(.*?;)?(canary=always)(;.*)?$"\n'
    const path = ['spec', 'analysis', 'match', 0, 'headers', 'cookie', 'regex']
    const edited = applyEdit(text, { kind: 'set', path, value: spaceTolerantRegex })
    expect(edited.ok).toBe(true)
    const doc = edited.ok
      ? (parseDocument(edited.text).canary as {
          spec: { analysis: { match: { headers: { cookie: { regex: string } } }[] } }
        })
      : undefined
    expect(doc?.spec.analysis.match[0]?.headers.cookie.regex).toBe(spaceTolerantRegex)
  })

  it('stays quiet on exact cookie values, other headers and regexes that allow the space', () => {
    for (const regex of ['canary=always', '^.*canary=always.*$', '(^|;\\s*)canary=always(;|$)'])
      expect(lint(abWith(regex)).filter((d) => d.rule === 'cookie-regex-requires-no-space')).toEqual([])
  })

  it('our A/B template uses the space-tolerant regex and lints clean of it', () => {
    const parsed = parseDocument(abTestingTemplate)
    const found = validateRawCanary(parsed.documents[parsed.canaryIndex]?.data).filter(
      (d) => d.rule === 'cookie-regex-requires-no-space',
    )
    expect(found).toEqual([])
    expect(abTestingTemplate).toContain(spaceTolerantRegex)
  })
})

describe('max-weight-with-step-weights (scheduler.go maxWeight: the last stepWeights entry wins)', () => {
  it('names the maximum Flagger uses', () => {
    const doc = withValue(
      withValue(
        withValue(cleanCanary(), ['spec', 'analysis', 'stepWeight'], undefined),
        ['spec', 'analysis', 'stepWeights'],
        [5, 10, 80],
      ),
      ['spec', 'analysis', 'maxWeight'],
      30,
    )
    const found = lint(doc).find((d) => d.rule === 'max-weight-with-step-weights')
    expect(found?.message).toContain('maxWeight 30 is ignored')
    expect(found?.message).toContain('the maximum canary weight is 80 %')
  })
})

describe('virtual-service-taken-over (istio.go reconcileVirtualService updates an existing VirtualService)', () => {
  const vs = {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: {
      hosts: ['podinfo.internal', 'app.example.com'],
      gateways: ['istio-system/internal-gateway', 'mesh'],
      http: [{ route: [{ destination: { host: 'podinfo' } }] }, { route: [{ destination: { host: 'legacy' } }] }],
      exportTo: ['.'],
    },
  }

  it('names the hosts, gateways, routes and other fields that will be lost', () => {
    const found = lint(cleanCanary(), undefined, [vs]).find((d) => d.rule === 'virtual-service-taken-over')
    expect(found?.message).toContain('Lost: hosts podinfo.internal (Flagger writes app.example.com, podinfo)')
    expect(found?.message).toContain(
      'gateways istio-system/internal-gateway (Flagger writes istio-system/public-gateway, mesh)',
    )
    expect(found?.message).toContain("its 2 http routes (replaced by Flagger's primary/canary routes); exportTo.")
  })

  it('ignores another namespace, another provider and other kinds', () => {
    const elsewhere = { ...vs, metadata: { name: 'podinfo', namespace: 'prod' } }
    const service = { ...vs, apiVersion: 'v1', kind: 'Service' }
    expect(
      lint(cleanCanary(), undefined, [elsewhere, service]).filter((d) => d.rule === 'virtual-service-taken-over'),
    ).toEqual([])
    const linkerd = withValue(cleanCanary(), ['spec', 'provider'], 'linkerd')
    expect(lint(linkerd, undefined, [vs]).filter((d) => d.rule === 'virtual-service-taken-over')).toEqual([])
  })
})

describe('hosts-empty-with-gateways (istio.go reconcileVirtualService: hosts [<apex>] when service.hosts is empty)', () => {
  it('does not claim the gateway never routes: the cluster-local apex host still matches', () => {
    const found = lint(withValue(cleanCanary(), ['spec', 'service', 'hosts'], undefined)).find(
      (d) => d.rule === 'hosts-empty-with-gateways',
    )
    expect(found?.message).toContain('(Istio reads it as podinfo.test.svc.cluster.local)')
    expect(found?.message).not.toContain('never routes')
  })
})
