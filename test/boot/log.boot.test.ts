import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Encoding from 'encoding-japanese'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { createLog } from '../../src/main/services/log'
import { rotatingLogFile } from '../../src/main/adapters/log-file'
import { scanForSentinels } from '../../src/main/services/vault/testing/plaintext-scan'
import { USER_DATA_FOLDER } from '../../src/main/adapters/app-identity'
import { recording, type FakeBrowserWindow } from './fake-electron'
import { bootMain, invoke as invokeAs, trustedEvent, waitFor } from './boot-helpers'

vi.mock('electron', () => import('./fake-electron'))

/**
 * The support log holds no personal data. Every profile and draft field is filled with a sentinel
 * of its own, the built app is driven through errors that carry those values (refused payloads,
 * OS faults whose messages quote them, a damaged document restored from its backup, a crashed
 * page), and the log folder is searched for every sentinel in every encoding a leak could take.
 * Positive controls prove the search finds a sentinel that does reach a log.
 */
const rec = recording()
const sentinels: string[] = []

/** Replaces every string (and every string in a list) with a new sentinel: `Zq7哨兵7Xk`. */
function fill<T>(value: T): T {
  if (typeof value === 'string') {
    const sentinel = `Zq${sentinels.length}哨兵${sentinels.length}Xk`
    sentinels.push(sentinel)
    return sentinel as T
  }
  if (Array.isArray(value)) return value.map((item) => fill(item)) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)])) as T
  }
  return value
}

/** The Japanese legacy encodings a Windows tool might have written them in. */
function legacyNeedles(sentinel: string): { encoding: string; bytes: Buffer }[] {
  return (['SJIS', 'EUCJP', 'JIS'] as const).map((to) => ({
    encoding: to,
    bytes: Buffer.from(
      Encoding.convert(Encoding.stringToCode(sentinel), { to, from: 'UNICODE' }) as number[],
    ),
  }))
}

function findLegacy(files: string[], list: string[]) {
  const hits: string[] = []
  for (const file of files) {
    const data = readFileSync(file)
    for (const sentinel of list) {
      for (const needle of legacyNeedles(sentinel)) {
        if (data.indexOf(needle.bytes) >= 0) hits.push(`${file}: ${sentinel} (${needle.encoding})`)
      }
    }
  }
  return hits
}

const filesIn = (dir: string) => readdirSync(dir).map((name) => join(dir, name))

let main: FakeBrowserWindow
let home: string
const invoke = (channel: string, ...args: unknown[]) =>
  invokeAs(channel, trustedEvent(main), ...args)

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'hwmp-home-'))
  rec.paths['home'] = home
  // Main pins the user-data folder under the OS's app-data folder before anything reads it.
  rec.appData = join(home, 'AppData', 'Roaming')
  rec.userData = join(rec.appData, USER_DATA_FOLDER)
  mkdirSync(rec.userData, { recursive: true })
  main = await bootMain()
  await waitFor(() => (rec.handlers.has('drafts:save') ? true : undefined))
})

afterAll(() => rec.appEvents.removeAllListeners())

describe('the support log', () => {
  it('holds none of the values typed into any field, whatever went wrong', async () => {
    const profile = fill(sampleProfile())
    const draft = { ...fill(sampleDraft()), id: 'sample-carpenter' }
    // Saved twice, so the vault has a backup to restore from.
    expect((await invoke('profile:save', 'default', profile)).ok).toBe(true)
    expect((await invoke('profile:save', 'default', profile)).ok).toBe(true)
    expect((await invoke('drafts:save', 'default', draft)).ok).toBe(true)
    expect(sentinels.length).toBeGreaterThan(100)
    const [first, second, third] = sentinels

    // Refused payloads carrying typed values.
    await invoke('settings:setLocale', first)
    await invoke('profile:save', 'default', { ...profile, extra: second })
    await invoke('postal:lookup', third)
    await invoke('shell:openExternal', `https://evil.example/?q=${first}`)
    // OS faults whose messages quote what was being written.
    rec.clipboardError = (text) =>
      Object.assign(new Error(`clipboard refused ${text} at ${home}`), { code: 'EPERM' })
    for (const sentinel of sentinels.slice(0, 20)) {
      expect(await invoke('clipboard:copy', sentinel)).toMatchObject({ ok: false })
    }
    delete rec.clipboardError
    rec.printError = () => new Error(`printing ${second} to ${join(home, third ?? '')} failed`)
    rec.savePaths.push(join(home, `${third}.pdf`))
    expect(await invoke('drafts:printA4')).toMatchObject({ ok: false, error: { code: 'internal' } })
    delete rec.printError
    // A damaged document: restored from its backup, the recovery logged.
    const vault = join(rec.userData, 'vault')
    const current = readdirSync(vault).find(
      (n) => n.startsWith('default_profile') && !n.includes('bak'),
    )
    expect(current).toBeDefined()
    writeFileSync(join(vault, current ?? ''), 'damaged')
    expect(await invoke('profile:get', 'default')).toMatchObject({ ok: true })
    // A crashed page.
    main.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })

    const logs = join(rec.userData, 'logs')
    const text = filesIn(logs)
      .map((f) => readFileSync(f, 'utf8'))
      .join('')
    const events = text
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { event: string }).event)
    // The errors did reach the log (so the search below searched something).
    expect(events).toEqual(
      expect.arrayContaining([
        'app.start',
        'vault.open',
        'ipc.unexpected',
        'vault.recovered',
        'renderer.gone',
      ]),
    )
    expect(events.filter((e) => e === 'ipc.unexpected').length).toBe(21)
    expect(scanForSentinels([logs], sentinels)).toEqual([])
    expect(findLegacy(filesIn(logs), sentinels)).toEqual([])
    expect(text).not.toContain(home)
    expect(text).toContain('"code":"EPERM"')
  })

  it('positive control: the same search finds a sentinel that reaches a log, in each encoding', () => {
    const sentinel = 'Zq999哨兵999Xk'
    const dir = mkdtempSync(join(tmpdir(), 'hwmp-log-control-'))
    const leaky = createLog(rotatingLogFile(join(dir, 'logs')), { home, clock: { now: () => 0 } })
    leaky.info('leak', { value: sentinel })
    expect(scanForSentinels([join(dir, 'logs')], [sentinel]).map((h) => h.encoding)).toContain(
      'utf8',
    )

    const encoded = join(dir, 'encoded')
    mkdirSync(encoded)
    const variants: Record<string, Buffer> = {
      utf16le: Buffer.from(`x${sentinel}y`, 'utf16le'),
      base64: Buffer.from(Buffer.from(`ab${sentinel}`, 'utf8').toString('base64')),
      json: Buffer.from(
        JSON.stringify({ v: sentinel }).replace(
          /[^ -~]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      ),
    }
    for (const [name, bytes] of Object.entries(variants)) writeFileSync(join(encoded, name), bytes)
    const found = new Set(
      scanForSentinels([encoded], [sentinel]).map((h) => h.file.split(/[\\/]/).pop()),
    )
    expect([...found].sort()).toEqual(['base64', 'json', 'utf16le'])
    for (const needle of legacyNeedles(sentinel)) {
      writeFileSync(
        join(encoded, needle.encoding),
        Buffer.concat([Buffer.from('..'), needle.bytes]),
      )
    }
    expect(findLegacy(filesIn(encoded), [sentinel]).length).toBe(3)
  })
})
