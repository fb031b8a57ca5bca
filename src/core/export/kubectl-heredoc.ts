// A quoted heredoc (<<'EOF') passes the text to kubectl literally: the shell expands no $VAR, `cmd` or
// backslash inside it. The only way to break it is a line equal to the delimiter, so we pick one the text lacks.

/** A shell command that applies `text` with `kubectl apply -f -`, the YAML carried verbatim in a quoted heredoc. */
export function kubectlApplyHeredoc(text: string): string {
  const delimiter = pickDelimiter(text)
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`
  return `kubectl apply -f - <<'${delimiter}'\n${body}${delimiter}\n`
}

function pickDelimiter(text: string): string {
  if (!text.includes('EOF')) return 'EOF'
  for (let n = 1; ; n++) {
    const candidate = `CANARY_STUDIO_EOF_${n}`
    if (!text.includes(candidate)) return candidate
  }
}
