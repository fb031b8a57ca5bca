import { test as base, expect } from '@playwright/test'
import { FormPane } from './pages/FormPane.ts'
import { YamlPane } from './pages/YamlPane.ts'

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

interface Studio {
  readonly yaml: YamlPane
  readonly form: FormPane
}

/**
 * Every test opens the app with the sample loaded and, when it ends, asserts that the page (workers included)
 * asked no host but its own and logged no console error.
 */
export const test = base.extend<{ studio: Studio }>({
  studio: async ({ page, context }, provide) => {
    const foreignRequests: string[] = []
    const consoleErrors: string[] = []
    context.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol === 'data:' || url.protocol === 'blob:') return
      if (!localHosts.has(url.hostname)) foreignRequests.push(request.url())
    })
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await page.goto('/?testHooks')
    const studio = { yaml: new YamlPane(page), form: new FormPane(page) }
    await studio.yaml.waitUntilReady()
    await provide(studio)
    expect(foreignRequests, 'requests to other hosts').toEqual([])
    expect(consoleErrors, 'console errors').toEqual([])
  },
})

export { expect }
