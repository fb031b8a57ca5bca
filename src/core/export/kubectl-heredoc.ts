// A quoted heredoc (<<'EOF') passes the text to kubectl literally: the shell expands no $VAR, `cmd` or
// backslash inside it. The only way to break it is a line equal to the delimiter, so we pick one the text lacks.

/** A shell command that applies `text` with `kubectl apply -f -`, the YAML carried verbatim (line breaks as LF) in a quoted heredoc. */
export function kubectlApplyHeredoc(text: string): string {
  // A CR pasted into a terminal is a key press of its own (a second Enter without bracketed paste, a line the
  // delimiter no longer matches with it): give the shell plain LF lines; YAML reads every line break alike.
  const lines = text.replace(/\r\n?/g, '\n')
  const delimiter = pickDelimiter(lines)
  const body = lines === '' || lines.endsWith('\n') ? lines : `${lines}\n`
  return `kubectl apply -f - <<'${delimiter}'\n${body}${delimiter}\n`
}

function pickDelimiter(text: string): string {
  if (!text.includes('EOF')) return 'EOF'
  for (let n = 1; ; n++) {
    const candidate = `CANARY_STUDIO_EOF_${n}`
    if (!text.includes(candidate)) return candidate
  }
}
