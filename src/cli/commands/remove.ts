import { parsePath } from '../../core/diagnostic.ts'
import { failCommand, printEdited } from '../apply-cli-edit.ts'
import type { CliCommand } from '../cli-io.ts'

const usage =
  'usage: npm run --silent cli -- remove <file|-> <path>\n' + 'example: remove canary.yaml spec.analysis.webhooks[0]'

/**
 * `remove <file|-> <path>`: prints the document without that field or list item. A list item's own comments go
 * with it; removing a list's last item leaves `[]`. A path that is already absent prints the document unchanged.
 */
export const command: CliCommand = (args, io) => {
  if (args.length !== 2) return failCommand(io, 'remove', `expected 2 arguments, got ${args.length}\n${usage}`)
  const [file = '', pathText = ''] = args
  const path = parsePath(pathText)
  if (!path || path.length === 0)
    return failCommand(io, 'remove', `"${pathText}" is not a field path (like spec.analysis.webhooks[0])`)
  return printEdited(io, 'remove', file, pathText, { kind: 'remove', path })
}
