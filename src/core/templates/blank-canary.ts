import type { CanaryTemplate } from './templates.ts'

// The smallest Canary the cluster admits: Kubernetes needs metadata.name; Flagger's CRD requires spec.targetRef
// (apiVersion, kind, name) and spec.analysis, and its analysis oneOf needs interval, threshold and one of
// stepWeight / stepWeights / iterations (artifacts/flagger/crd.yaml). Everything else is left to the form.

/** "New → Blank Canary": only the fields the Canary CRD requires, to be filled in from the form. */
export const blankCanary: CanaryTemplate = {
  id: 'blank',
  title: 'Blank Canary',
  description:
    'Only what Kubernetes requires: a name, the target Deployment and the analysis basics. Build the rest in the form.',
  strategy: 'canary',
  text: `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: my-app
spec:
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: my-app
  analysis:
    interval: 1m
    threshold: 5
    stepWeight: 10
`,
}
