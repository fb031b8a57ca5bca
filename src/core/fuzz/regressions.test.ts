import { describe, expect, it } from 'vitest'
import { runPipeline } from './pipeline.ts'

// Cases `npm run fuzz` (or the in-suite run) once failed on, replayed every run.
describe('fuzz regressions', () => {
  it('removing a key whose block ends in deeper comment lines (CRLF, cut mid-file) takes those comments with it', () => {
    const text =
      'apiVersion: flagger.app/v1beta1\r\nkind: Canary\r\nmetadata:\r\n  name: checkout\r\n  namespace: shop\r\nspec:\r\n' +
      '  # The mesh Flagger drives.\r\n  provider: istio\r\n  # Your Deployment.\r\n  #'
    expect(() => runPipeline({ text, edits: [{ kind: 'remove', pick: 1366979662 }], whatIfs: [] })).not.toThrow()
  })
})
