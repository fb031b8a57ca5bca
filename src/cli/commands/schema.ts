import { canaryJsonSchema } from '../../core/catalog/json-schema.ts'
import type { CliCommand } from '../cli-io.ts'

/** `schema`: prints the Canary JSON Schema (draft-07) derived from the field catalog. */
const help = `usage: npm run --silent cli -- schema > canary.schema.json
Prints the JSON Schema (draft-07) of a Flagger Canary, derived from Canary Studio's field catalog: completion,
hover docs and admission checks in any editor that speaks yaml-language-server. Point a Canary file at it with
a first line such as
  # yaml-language-server: $schema=./canary.schema.json
or map it in VS Code settings: "yaml.schemas": { "./canary.schema.json": "canary*.yaml" }.
`

export const command: CliCommand = (args, io) => {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout(help)
    return 0
  }
  if (args.length > 0) {
    io.stderr(
      `schema takes no arguments (got ${args.join(' ')})\nusage: npm run --silent cli -- schema > canary.schema.json\n`,
    )
    return 2
  }
  io.stdout(JSON.stringify(canaryJsonSchema(), null, 2) + '\n')
  return 0
}
