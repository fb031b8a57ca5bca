import type { QuickFix } from '../../core/diagnostic.ts'
import { applyFix } from '../../store/intents/apply-fix.ts'
import type { StudioStore } from '../../store/studio-state.ts'
import type { monaco as Monaco } from './monaco-setup.ts'

type MonacoApi = typeof Monaco

/** Offers each diagnostic's quick fixes in the editor's light bulb; choosing one applies it through the store. */
export function registerQuickFixes(
  monaco: MonacoApi,
  editor: Monaco.editor.IStandaloneCodeEditor,
  store: StudioStore,
): Monaco.IDisposable {
  const commandId = editor.addCommand(0, (_accessor, fix: QuickFix) => void applyFix(store, fix))
  return monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(model, range) {
      if (model !== editor.getModel() || !commandId) return undefined
      const actions = store
        .getState()
        .analysis.diagnostics.filter(
          (d) => d.range && d.range.start.line <= range.endLineNumber && d.range.end.line >= range.startLineNumber,
        )
        .flatMap((d) =>
          (d.fixes ?? []).map((fix) => ({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: d.fixes?.length === 1,
            command: { id: commandId, title: fix.title, arguments: [fix] },
          })),
        )
      return { actions, dispose: () => {} }
    },
  })
}
