import { isAlias, isCollection, isSeq, type Document, type Node } from 'yaml'
import type { FieldPath } from '../diagnostic.ts'
import type { EditContext, Splice } from './edit-context.ts'
import type { Edit } from './types.ts'
import { walkPath } from './yaml-path.ts'

// Flow collections and aliases have no lines to splice. The `yaml` library edits the tree instead and the
// document is re-serialised: comments survive, but layout inside that document may change (the UI flags it).

/** Replaces every alias on the path with a copy of what it points to, so the edit changes this place only. */
function unaliasPath(doc: Document.Parsed, path: FieldPath): void {
  for (let depth = 0; depth <= path.length; depth++) {
    const walk = walkPath(doc, path.slice(0, depth))
    if (!walk.complete) return
    const step = walk.steps[walk.steps.length - 1]
    const node = step ? step.node : walk.root
    if (!isAlias(node)) continue
    const copy = (node.resolve(doc) as Node | undefined)?.clone() as (Node & { anchor?: string }) | undefined
    if (!copy) return
    copy.anchor = undefined
    if (!step) doc.contents = copy as typeof doc.contents
    else if (step.pair) step.pair.value = copy
    else step.parent.items[step.position] = copy
  }
}

function listAt(doc: Document.Parsed, path: FieldPath): unknown[] {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true)
  if (!isSeq(node)) throw new TypeError('that field is not a list')
  return node.items
}

function applyToTree(doc: Document.Parsed, edit: Edit): void {
  unaliasPath(doc, edit.path)
  switch (edit.kind) {
    case 'set':
      doc.setIn(edit.path, doc.createNode(edit.value))
      return
    case 'remove':
      doc.deleteIn(edit.path)
      return
    case 'insert':
      if (!isCollection(doc.getIn(edit.path, true))) doc.setIn(edit.path, doc.createNode([]))
      listAt(doc, edit.path).splice(edit.index, 0, doc.createNode(edit.value))
      return
    case 'move': {
      const items = listAt(doc, edit.path)
      const [moved] = items.splice(edit.from, 1)
      items.splice(edit.to, 0, moved)
    }
  }
}

/** The splice that replaces the edited document (its range only) with the tree-edited, re-serialised document. */
export function structuredFallback(ctx: EditContext, edit: Edit, docFrom: number, docTo: number): Splice {
  // A copy: ctx.doc belongs to a cached parse that later edits, ranges and the incremental re-parse read as is.
  const doc = ctx.doc.clone() as Document.Parsed
  applyToTree(doc, edit)
  let out = doc.toString({ lineWidth: 0 })
  const original = ctx.text.slice(docFrom, docTo)
  if (!original.endsWith('\n')) out = out.replace(/\n$/, '')
  if (ctx.eol === '\r\n') out = out.replace(/\r?\n/g, '\r\n')
  return { from: docFrom, to: docTo, insert: out }
}
