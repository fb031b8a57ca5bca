import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { kubectlApplyHeredoc } from './kubectl-heredoc.ts'

/** Runs the heredoc through a real shell with `cat` standing in for kubectl, returning what kubectl would read. */
function stdinSeenByKubectl(command: string): string {
  // --norc: bash run with a socket for stdin would otherwise read ~/.bashrc (its remote-shell rule).
  return execFileSync('bash', ['--norc', '--noprofile', '-c', `kubectl() { cat; }\n${command}`], { encoding: 'utf8' })
}

describe('kubectlApplyHeredoc', () => {
  it('wraps the text in a quoted heredoc for kubectl apply', () => {
    expect(kubectlApplyHeredoc('kind: Canary\n')).toBe("kubectl apply -f - <<'EOF'\nkind: Canary\nEOF\n")
  })

  it('ends the last line so the delimiter stands on its own line', () => {
    expect(kubectlApplyHeredoc('kind: Canary')).toBe("kubectl apply -f - <<'EOF'\nkind: Canary\nEOF\n")
  })

  it('picks another delimiter when the text contains EOF', () => {
    const text = 'metadata:\n  annotations:\n    note: |\n      EOF\n'
    const command = kubectlApplyHeredoc(text)
    expect(command.startsWith("kubectl apply -f - <<'CANARY_STUDIO_EOF_1'\n")).toBe(true)
    expect(kubectlApplyHeredoc(`${text}# CANARY_STUDIO_EOF_1\n`)).toContain("<<'CANARY_STUDIO_EOF_2'")
  })

  it('passes $VARS, backticks, backslashes and quotes to kubectl untouched', () => {
    const text = 'cmd: "hey -H \'X: $HOME\' `date` \\\\n"\n# EOF\n'
    expect(stdinSeenByKubectl(kubectlApplyHeredoc(text))).toBe(text)
  })

  it('delivers any printable text to kubectl exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-ascii' }), { maxLength: 8 }), (lines) => {
        const text = `${lines.join('\n')}\n`
        expect(stdinSeenByKubectl(kubectlApplyHeredoc(text))).toBe(text)
      }),
      { numRuns: 40 },
    )
  })

  it('gives the shell LF lines only: a CR would be a key press of its own in the terminal', () => {
    const text = 'kind: Canary\r\nmetadata:\r  name: a\r\n'
    const command = kubectlApplyHeredoc(text)
    expect(command).not.toContain('\r')
    expect(stdinSeenByKubectl(command)).toBe('kind: Canary\nmetadata:\n  name: a\n')
  })
})
