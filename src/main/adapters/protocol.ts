import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_SCHEME, CSP } from '@shared/csp'
import { resolveAppRequest } from '../services/static-files'

/** Must run before `app.whenReady`. Standard + secure, never `bypassCSP`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** Serves the built renderer from `app://bundle/`, with the CSP as a header too. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(rootDir, request.url)
    if (!target) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(target.filePath)
      return new Response(body, {
        headers: {
          'content-type': target.contentType,
          'content-security-policy': CSP,
          'x-content-type-options': 'nosniff',
        },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
