/**
 * The only places the app may send the user: Hello Work and ministry pages over https, and the
 * helpdesk's mail address. Everything else is refused, whatever the renderer asks.
 */
export const ALLOWED_HOSTS = [
  'www.hellowork.mhlw.go.jp',
  'jsite.mhlw.go.jp',
  'www.mhlw.go.jp',
] as const
export const HELPDESK_MAIL = 'helpdesk@hd.hellowork.mhlw.go.jp'
export const PORTAL_TOP = 'https://www.hellowork.mhlw.go.jp/'

export function isAllowedExternal(raw: string): boolean {
  if (raw.length > 2048 || /[\s\\]/.test(raw)) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'mailto:') {
    return raw === `mailto:${HELPDESK_MAIL}`
  }
  if (url.protocol !== 'https:') return false
  if (url.username !== '' || url.password !== '' || raw.includes('@')) return false
  if (url.port !== '') return false
  return (ALLOWED_HOSTS as readonly string[]).includes(url.hostname)
}
