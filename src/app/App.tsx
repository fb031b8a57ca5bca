export function App() {
  return (
    <main>
      <h1>Canary Studio</h1>
    </main>
  )
}
