import { extname, normalize, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '@shared/csp'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

export interface StaticTarget {
  filePath: string
  contentType: string
}

/**
 * Maps an `app://bundle/...` request to a file inside the renderer folder. Anything outside that
 * folder, another host, or an unknown file type is refused, so the protocol can never serve the disk.
 */
export function resolveAppRequest(rootDir: string, rawUrl: string): StaticTarget | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = resolve(rootDir)
  const filePath = resolve(root, normalize(relative))
  if (filePath !== root && !filePath.startsWith(root + sep)) return null
  const contentType = TYPES[extname(filePath).toLowerCase()]
  if (!contentType) return null
  return { filePath, contentType }
}
