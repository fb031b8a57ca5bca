/** The app's mark and name, at the left of the toolbar (and of the app shell's frame while the studio loads). */
export function Brand() {
  return (
    <div className="toolbar__brand">
      <svg className="toolbar__logo" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M2 12 L6 7 L9 9 L14 3" />
        <circle cx="14" cy="3" r="1.6" />
      </svg>
      <span>Canary Studio</span>
    </div>
  )
}
