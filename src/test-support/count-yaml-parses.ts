import type * as Yaml from 'yaml'

/** What parser-call counting tests read: calls into `parseAllDocuments` since they last reset it. */
export interface ParseCalls {
  parseAllDocuments: number
}

/**
 * The `yaml` module with `parseAllDocuments` counted in `calls`, for `vi.mock('yaml', …)`: tests that assert an
 * edit parses the text at most once (or not at all, on the incremental paths).
 */
export function withParseCounter(yaml: typeof Yaml, calls: ParseCalls): typeof Yaml {
  return {
    ...yaml,
    parseAllDocuments: (...args: Parameters<typeof yaml.parseAllDocuments>) => {
      calls.parseAllDocuments++
      return yaml.parseAllDocuments(...args)
    },
  }
}
