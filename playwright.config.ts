import { defineConfig } from '@playwright/test'
import { chromiumPath } from './scripts/chromium-path.ts'

const port = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: './e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1600, height: 1000 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  // The long-task bounds (#18) are timings: they run after every other spec, alone, so no test beside them shares
  // the CPU. Run them on their own with `npx playwright test e2e/long-tasks.spec.ts --no-deps`.
  projects: [
    { name: 'app', testIgnore: /long-tasks\.spec\.ts/ },
    { name: 'long-tasks', testMatch: /long-tasks\.spec\.ts/, dependencies: ['app'] },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
  },
})
