import { canaryJsonSchema } from '../../core/catalog/json-schema.ts'
import type { CliCommand } from '../cli-io.ts'

/** `schema`: prints the Canary JSON Schema (draft-07) derived from the field catalog. */
export const command: CliCommand = (args, io) => {
  if (args.length > 0) {
    io.stderr(
      `schema takes no arguments (got ${args.join(' ')})\nusage: npm run --silent cli -- schema > canary.schema.json\n`,
    )
    return 2
  }
  io.stdout(JSON.stringify(canaryJsonSchema(), null, 2) + '\n')
  return 0
}
