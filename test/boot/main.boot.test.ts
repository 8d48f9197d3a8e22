import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contract } from '@shared/contract'
import { channels } from '@shared/ipc/channels'
import { CSP_META } from '@shared/csp'
import identity from '@shared/app-identity.json'
import { powerMonitor, recording, type FakeBrowserWindow } from './fake-electron'
import { ROOT, bootMain, freshAppData, invoke, out, trustedEvent, waitFor } from './boot-helpers'
import { cspFromHtml, parseCsp } from './csp'

vi.mock('electron', () => import('./fake-electron'))

const root = ROOT
const rec = recording()

let window: FakeBrowserWindow

beforeAll(async () => {
  freshAppData('hwmp-boot-')
  window = await bootMain()
  // Events (timer:changed) have no handler: wait for every call.
  const calls = channels.filter((c) => c.kind === 'call').length
  await waitFor(() => (rec.handlers.size >= calls ? true : undefined))
})

afterAll(() => {
  rec.appEvents.removeAllListeners()
})

const web = () => window.options['webPreferences'] as Record<string, unknown>
const callOrder = (name: string) => rec.calls.findIndex((c) => c.name === name)

async function fetchApp(url: string) {
  const handler = rec.protocolHandlers.get('app')
  if (!handler) throw new Error('app protocol not handled')
  return handler(new Request(url))
}

function fakeContents() {
  const listeners = new Map<
    string,
    (event: { preventDefault(): void }, ...rest: unknown[]) => void
  >()
  const contents = {
    on: (name: string, fn: (event: { preventDefault(): void }) => void) => listeners.set(name, fn),
    openHandler: undefined as undefined | ((d: { url: string }) => { action: string }),
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      this.openHandler = fn
    },
  }
  rec.appEvents.emit('web-contents-created', {}, contents)
  const prevented = (name: string) => {
    let flag = false
    listeners.get(name)?.({ preventDefault: () => (flag = true) }, 'https://evil.example/')
    return flag
  }
  return { contents, prevented }
}

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item, each
 * with the check that proves it against the built app. Items that do not apply say why.
 */
const CHECKLIST: { item: string; check: () => Promise<void> | void }[] = [
  {
    item: '1. Only load secure content',
    check: () => {
      expect(window.loaded).toEqual(['app://bundle/index.html'])
      expect(rec.schemes).toContainEqual(
        expect.objectContaining({
          scheme: 'app',
          privileges: expect.objectContaining({ secure: true }),
        }),
      )
    },
  },
  {
    item: '2. Do not enable Node.js integration for remote content',
    check: () => {
      expect(web()['nodeIntegration']).toBe(false)
      expect(web()['nodeIntegrationInWorker']).toBe(false)
      expect(web()['nodeIntegrationInSubFrames']).toBe(false)
    },
  },
  {
    item: '3. Enable context isolation',
    check: () => expect(web()['contextIsolation']).toBe(true),
  },
  {
    item: '4. Enable process sandboxing',
    check: () => {
      expect(web()['sandbox']).toBe(true)
      const preload = String(web()['preload'])
      expect(preload.endsWith('index.cjs')).toBe(true)
      expect(existsSync(preload)).toBe(true)
    },
  },
  {
    item: '5. Handle session permission requests from remote content (deny all)',
    check: () => {
      let granted: boolean | undefined
      for (const permission of [
        'media',
        'geolocation',
        'notifications',
        'clipboard-read',
        'openExternal',
      ]) {
        rec.permissionRequest?.({}, permission, (ok) => (granted = ok))
        expect(granted, permission).toBe(false)
        expect(rec.permissionCheck?.({}, permission, 'app://bundle', {})).toBe(false)
      }
      expect(rec.devicePermission?.({})).toBe(false)
    },
  },
  { item: '6. Do not disable webSecurity', check: () => expect(web()['webSecurity']).toBe(true) },
  {
    item: '7. Define a Content Security Policy',
    check: async () => {
      const meta = parseCsp(cspFromHtml(readFileSync(out('renderer/index.html'), 'utf8')))
      const response = await fetchApp('app://bundle/index.html')
      const header = parseCsp(response.headers.get('content-security-policy') ?? '')
      expect(header.get('frame-ancestors')).toEqual(["'none'"])
      expect(cspFromHtml(readFileSync(out('renderer/index.html'), 'utf8'))).toBe(CSP_META)
      for (const csp of [meta, header]) {
        expect(csp.get('default-src')).toEqual(["'none'"])
        expect(csp.get('script-src')).toEqual(["'self'"])
        expect(csp.get('style-src')).toEqual(["'self'"])
        expect(csp.get('object-src')).toEqual(["'none'"])
        expect(csp.get('base-uri')).toEqual(["'none'"])
        expect(csp.get('connect-src')).toEqual(["'self'"])
        expect(csp.get('form-action')).toEqual(["'none'"])
        for (const sources of csp.values()) {
          for (const source of sources) {
            expect(source).not.toMatch(/unsafe|^https?:|^\*$|^ws/)
          }
        }
      }
    },
  },
  {
    item: '8. Do not enable allowRunningInsecureContent',
    check: () => expect(web()['allowRunningInsecureContent']).toBe(false),
  },
  {
    item: '9. Do not enable experimental features',
    check: () => expect(web()['experimentalFeatures']).toBe(false),
  },
  {
    item: '10. Do not use enableBlinkFeatures',
    check: () => expect(web()['enableBlinkFeatures']).toBeUndefined(),
  },
  {
    item: '11–12. No <webview>: webviewTag off and attaching one is prevented',
    check: () => {
      expect(web()['webviewTag']).toBe(false)
      expect(fakeContents().prevented('will-attach-webview')).toBe(true)
    },
  },
  {
    item: '13. Disable or limit navigation',
    check: () => {
      const { prevented } = fakeContents()
      expect(prevented('will-navigate')).toBe(true)
      expect(prevented('will-redirect')).toBe(true)
    },
  },
  {
    item: '14. Disable or limit creation of new windows',
    check: () => {
      const { contents } = fakeContents()
      expect(contents.openHandler?.({ url: 'https://www.hellowork.mhlw.go.jp/' })).toEqual({
        action: 'deny',
      })
    },
  },
  {
    item: '15. Do not use shell.openExternal with untrusted content',
    check: async () => {
      const before = rec.opened.length
      const refused = await invoke(
        'shell:openExternal',
        trustedEvent(window),
        'https://evil.example/',
      )
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      const allowed = await invoke(
        'shell:openExternal',
        trustedEvent(window),
        'https://www.hellowork.mhlw.go.jp/',
      )
      expect(allowed.ok).toBe(true)
      expect(rec.opened.slice(before)).toEqual(['https://www.hellowork.mhlw.go.jp/'])
    },
  },
  {
    item: '16. Use a current version of Electron (a supported major, 43 or newer)',
    check: () => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>
      }
      const major = Number(/\d+/.exec(pkg.devDependencies['electron'] ?? '')?.[0])
      expect(major).toBeGreaterThanOrEqual(43)
    },
  },
  {
    item: '17. Validate the sender of all IPC messages',
    check: async () => {
      const foreign = { sender: { mainFrame: {} }, senderFrame: { url: 'https://evil.example/' } }
      const subFrame = {
        sender: { mainFrame: {} },
        senderFrame: { url: 'app://bundle/index.html' },
      }
      for (const entry of channels.filter((c) => c.kind === 'call')) {
        expect(await invoke(entry.channel, foreign), entry.channel).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        })
        expect(await invoke(entry.channel, subFrame), entry.channel).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        })
      }
    },
  },
  {
    item: '18. Avoid file:// and prefer a custom protocol',
    check: async () => {
      expect(window.loaded.every((url) => url.startsWith('app://'))).toBe(true)
      const scheme = rec.schemes[0] as { privileges: Record<string, unknown> }
      expect(scheme.privileges['bypassCSP']).toBeUndefined()
      expect((await fetchApp('app://bundle/../../package.json')).status).toBe(404)
      expect((await fetchApp('app://bundle/%2e%2e/%2e%2e/package.json')).status).toBe(404)
      expect((await fetchApp('app://other/index.html')).status).toBe(404)
    },
  },
  {
    item: '19. Check which fuses you can change (electron-builder flips them at packaging)',
    check: () => {
      const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
      for (const fuse of [
        'runAsNode: false',
        'enableCookieEncryption: true',
        'enableNodeOptionsEnvironmentVariable: false',
        'enableNodeCliInspectArguments: false',
        'enableEmbeddedAsarIntegrityValidation: true',
        'onlyLoadAppFromAsar: true',
        'grantFileProtocolExtraPrivileges: false',
      ]) {
        expect(config).toContain(fuse)
      }
    },
  },
  {
    item: 'DevTools: on in development only (packaged.boot.test.ts proves them off when packaged)',
    check: () => expect(web()['devTools']).toBe(true),
  },
  {
    item: '20. Do not expose Electron APIs to untrusted web content (see preload.boot.test.ts)',
    check: () => {
      const source = readFileSync(out('preload/index.cjs'), 'utf8')
      expect(source).not.toMatch(/exposeInMainWorld\(\s*["']electron/)
    },
  },
]

describe('built main process', () => {
  it.each(CHECKLIST)('$item', async ({ check }) => {
    await check()
  })

  it('takes the single-instance lock and sets the AppUserModelId before anything else', () => {
    expect(callOrder('app.setAppUserModelId')).toBeGreaterThanOrEqual(0)
    expect(callOrder('app.requestSingleInstanceLock')).toBeGreaterThanOrEqual(0)
    expect(callOrder('app.setAppUserModelId')).toBeLessThan(callOrder('BrowserWindow'))
    // The same id electron-builder gives the installer (it extends the same file).
    expect(rec.calls.find((c) => c.name === 'app.setAppUserModelId')?.args).toEqual([
      identity.appId,
    ])
  })

  it('pins the user-data folder to where it has always been, before anything reads it', () => {
    const pins = rec.calls.filter((c) => c.name === 'app.setPath')
    // Today's folder: the app-data folder's 求人者マイページ準備ナビ, whatever the product is called.
    expect(pins).toEqual([
      { name: 'app.setPath', args: ['userData', join(rec.appData, '求人者マイページ準備ナビ')] },
    ])
    // The very first thing main does: nothing (the single-instance lock, electron-store, the vault,
    // Chromium at ready) can have read the default folder before it.
    expect(rec.calls[0]?.name).toBe('app.getPath')
    expect(rec.calls[0]?.args).toEqual(['appData'])
    expect(rec.calls[1]?.name).toBe('app.setPath')
    expect(callOrder('app.setPath')).toBeLessThan(callOrder('app.requestSingleInstanceLock'))
    // Everything main keeps lands in the pinned folder.
    expect(rec.userData).toBe(join(rec.appData, '求人者マイページ準備ナビ'))
    expect(readdirSync(rec.appData)).toEqual(['求人者マイページ準備ナビ'])
    expect(readdirSync(rec.userData)).toContain('vault')
  })

  it('answers app:info with the licence list the build generated, texts included', async () => {
    const info = await invoke('app:info', trustedEvent(window))
    const licences = (info.value as { licences: { name: string; text: string }[] }).licences
    const generated = JSON.parse(readFileSync(out('licences/licences.json'), 'utf8')) as unknown[]
    expect(licences).toHaveLength(generated.length)
    const encoding = licences.find((l) => l.name === 'encoding-japanese')
    expect(encoding?.text).toMatch(/MIT License/)
  })

  it('gives the OS about panel the name, version, copyright and credits', () => {
    const panel = rec.calls.filter((c) => c.name === 'app.setAboutPanelOptions')
    expect(panel).toHaveLength(1)
    expect(panel[0]?.args[0]).toEqual({
      applicationName: 'hellowork-mypage-prep',
      applicationVersion: '0.1.0',
      copyright: identity.copyright,
      credits: expect.stringContaining('公式アプリではありません'),
    })
    expect(String((panel[0]?.args[0] as { credits: string }).credits)).toContain(
      'Not an official app',
    )
    expect(callOrder('app.setAboutPanelOptions')).toBeLessThan(callOrder('BrowserWindow'))
  })

  it('registers exactly the contract channels through the guarded wrapper', async () => {
    const expected = channels.filter((c) => c.kind === 'call').map((c) => c.channel)
    expect([...rec.handlers.keys()].sort()).toEqual([...expected].sort())
    // electron-store's own helper for renderers that read it directly: our sandboxed preload never
    // exposes sendSync, so nothing can call it.
    expect([...rec.listeners.keys()]).toEqual(['electron-store-get-data'])
    expect(Object.keys(contract).length).toBeGreaterThan(0)
  })

  it('answers a trusted call and refuses a bad payload with a typed error', async () => {
    expect(await invoke('settings:get', trustedEvent(window))).toEqual({
      ok: true,
      value: { locale: 'ja' },
    })
    expect(await invoke('settings:setLocale', trustedEvent(window), 'fr')).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', field: '0' },
    })
    expect(await invoke('settings:setLocale', trustedEvent(window), 'en')).toEqual({
      ok: true,
      value: { locale: 'en' },
    })
    expect(readFileSync(join(rec.userData, 'settings.json'), 'utf8')).toContain('"en"')
  })

  it('serves the renderer with its content type and refuses unknown files', async () => {
    const page = await fetchApp('app://bundle/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect((await fetchApp('app://bundle/missing.js')).status).toBe(404)
  })

  it('prints the guide sheet through printToPDF on A4 to the path the user chose', async () => {
    const target = join(rec.userData, 'sheet.pdf')
    rec.savePaths.push(target)
    const result = await invoke('guide:printSheet', trustedEvent(window))
    expect(result).toEqual({ ok: true, value: { status: 'saved', fileName: 'sheet.pdf' } })
    expect(rec.printToPdfOptions.at(-1)).toMatchObject({ pageSize: 'A4', landscape: false })
    expect(readFileSync(target, 'utf8')).toContain('%PDF')
  })

  it('opens one compact copy panel through the window factory: same web preferences, on top', async () => {
    const before = rec.windows.length
    const opened = await invoke('window:openCompact', trustedEvent(window))
    expect(opened).toEqual({ ok: true, value: { status: 'opened' } })
    const compact = rec.windows[before]
    expect(compact?.options['alwaysOnTop']).toBe(true)
    expect(compact?.options['webPreferences']).toEqual(web())
    expect(compact?.loaded).toEqual(['app://bundle/index.html#/compact'])
    const again = await invoke('window:openCompact', trustedEvent(window))
    expect(again).toEqual({ ok: true, value: { status: 'focused' } })
    expect(rec.windows).toHaveLength(before + 1)
    compact?.close()
  })

  it('prints a job offer draft through printToPDF on A4 portrait', async () => {
    const target = join(rec.userData, 'draft.pdf')
    rec.savePaths.push(target)
    const result = await invoke('drafts:printA4', trustedEvent(window))
    expect(result).toEqual({ ok: true, value: { status: 'saved', fileName: 'draft.pdf' } })
    expect(rec.printToPdfOptions.at(-1)).toMatchObject({ pageSize: 'A4', landscape: false })
  })

  it('holds the quit for the window’s last saves; clears the clipboard only if still ours', async () => {
    await invoke('clipboard:copy', trustedEvent(window), 'ABC-123')
    expect(rec.clipboardText).toBe('ABC-123')
    let prevented = false
    const sent = window.webContents.sent.length
    rec.appEvents.emit('before-quit', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    // The quit also waits for the window's last saves: answered here, it goes on at once.
    const request = window.webContents.sent
      .slice(sent)
      .find((m) => m.channel === 'edits:flushRequest')
    expect(request, 'the quit asks the window to flush').toBeDefined()
    expect(rec.quitCalled).toBe(0)
    await invoke(
      'edits:flushed',
      trustedEvent(window),
      (request?.payload as { requestId: number }).requestId,
    )
    await waitFor(() => (rec.quitCalled > 0 ? true : undefined), 1000)
    expect(rec.clipboardText).toBe('')
  })

  it('keeps the auth-key countdown in main: resume resync, title, progress, one notice', async () => {
    expect(powerMonitor.listenerCount('resume')).toBeGreaterThan(0)
    expect(powerMonitor.listenerCount('unlock-screen')).toBeGreaterThan(0)
    expect(rec.notifications).toEqual([])
    // Mail received 50 minutes ago less 1.5 s: the earlier points are past (recorded, not shown);
    // main's own timer then raises the expiry notice through the notification adapter.
    const receivedAt = Date.now() - 50 * 60_000 + 1500
    const started = await invoke('timer:start', trustedEvent(window), {
      profileId: 'default',
      receivedAt,
    })
    expect(started).toMatchObject({ ok: true, value: { status: 'running' } })
    expect(window.title).toMatch(/認証キー残り1分|auth key: 1 min left/)
    await waitFor(() => (rec.notifications.length > 0 ? true : undefined))
    powerMonitor.emit('resume')
    expect(rec.notifications).toHaveLength(1)
    expect(rec.notifications[0]?.title).toMatch(/有効期限が切れました|has expired/)
    expect(window.title).toMatch(/認証キー期限切れ|auth key expired/)
    expect(window.progress.at(-1)).toBe(1)
    expect(window.webContents.sent.some((m) => m.channel === 'timer:changed')).toBe(true)
    expect(readFileSync(join(rec.userData, 'timer.json'), 'utf8')).toContain('"expired"')
  })

  it('writes the export file owner-only, in one step', async () => {
    const target = join(rec.userData, 'backup.hwnavi')
    rec.savePaths.push(target)
    const result = await invoke(
      'establishments:exportTo',
      trustedEvent(window),
      'a good passphrase',
      ['default'],
    )
    expect(result).toMatchObject({ ok: true, value: { saved: true, fileName: 'backup.hwnavi' } })
    expect(statSync(target).mode & 0o777).toBe(0o600)
  }, 20_000)

  it('logs and shows a fault nothing else caught, never silent', async () => {
    const handlers = process.listeners('unhandledRejection')
    const mine = handlers.find((h) => String(h).includes('unhandled-rejection'))
    expect(mine, 'main installs an unhandledRejection handler').toBeDefined()
    mine?.(Object.assign(new Error('C:\\Users\\secret'), { code: 'EACCES' }), Promise.resolve())
    const logged = readFileSync(join(rec.userData, 'logs', 'main.log'), 'utf8')
    const line = logged
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l['event'] === 'main.unhandled-rejection')
    expect(line).toMatchObject({ level: 'error', name: 'Error', code: 'EACCES' })
    expect(logged).not.toContain('secret')
    const fault = window.webContents.sent.find((m) => m.channel === 'app:fault')
    expect(fault?.payload).toMatchObject({ kind: 'unhandled-rejection', count: 1 })
    expect(await invoke('app:faults', trustedEvent(window))).toMatchObject({
      ok: true,
      value: { kind: 'unhandled-rejection' },
    })
    expect(process.listeners('uncaughtException').some((h) => String(h).includes('uncaught'))).toBe(
      true,
    )
  })
})
