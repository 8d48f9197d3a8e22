import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DRAFTS_MAX, emptyDraft } from '@shared/job-offer/model'
import { sampleDraft } from '@shared/job-offer/testing/fixtures'
import { TEXT_HARD_MAX } from '@shared/storage-limits'
import { MemoryVaultFiles } from '../vault/testing/memory-vault-files'
import { StaticKeyProtector } from '../vault/testing/static-key-protector'
import { VaultStore } from '../vault'
import type { ImagePickerPort } from '../ports'
import { createUnitApp, FakeDesk } from '../testing/app'
import { DraftsService, IMAGE_HEAD_BYTES } from './drafts-service'

class Clock {
  constructor(public ms = Date.parse('2026-11-26T01:00:00Z')) {}
  now() {
    return this.ms
  }
}

/** Image files held in memory; `read` records how many bytes of each were asked for. */
class FakePicker implements ImagePickerPort {
  lists: string[][] = []
  files = new Map<string, { size: number; head: number[] }>()
  headsAsked: number[] = []
  async choose() {
    return this.lists.shift() ?? []
  }
  async probe(path: string, headBytes: number) {
    this.headsAsked.push(headBytes)
    const file = this.files.get(path)
    if (file === undefined) throw new Error(`ENOENT ${path}`)
    return { sizeBytes: file.size, head: new Uint8Array(file.head.slice(0, headBytes)) }
  }
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]
const HEIC = [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0]

async function setup() {
  const clock = new Clock()
  const files = new MemoryVaultFiles()
  const vault = new VaultStore({ files, protector: new StaticKeyProtector(randomBytes(32)), clock })
  await vault.open()
  const picker = new FakePicker()
  const desk = new FakeDesk()
  const pdfOptions: unknown[] = []
  const pdf = {
    printToPdf: async (options: unknown) => {
      pdfOptions.push(options)
      return Buffer.from('%PDF-1.7 fake')
    },
  }
  const service = new DraftsService(vault, clock, picker, { dialogs: desk, pdf, files: desk })
  return { clock, files, vault, picker, desk, pdfOptions, service }
}

describe('DraftsService', () => {
  it('opens a draft stored before the offer check’s fields existed, without rewriting it', async () => {
    const { service, vault } = await setup()
    // A draft as the previous version wrote it: none of the 2024-04, smoking or allowance-kind fields.
    const old = JSON.parse(JSON.stringify(sampleDraft())) as Record<string, Record<string, unknown>>
    for (const [section, key] of [
      ['category', 'publication'],
      ['category', 'onlineApplication'],
      ['category', 'renewalCap'],
      ['workplace', 'smokingMeasures'],
      ['job', 'changeScope'],
      ['job', 'trialWage'],
      ['wage', 'allowance1Kind'],
    ] as const) {
      delete old[section]?.[key]
    }
    await vault.write('default_drafts', {
      version: 1,
      drafts: [old],
      images: [],
      imageFindings: [],
    })
    const before = JSON.stringify((await vault.read('default_drafts')).doc)
    const listed = await service.list('default')
    expect(listed.drafts[0]?.job.description).toBe(sampleDraft().job.description)
    expect(listed.drafts[0]?.job.changeScope).toBe('')
    expect(JSON.stringify((await vault.read('default_drafts')).doc)).toBe(before)
  })

  it('starts empty, saves, lists, gets and replaces a draft by id', async () => {
    const { service } = await setup()
    expect((await service.list('default')).drafts).toEqual([])
    const draft = sampleDraft()
    const saved = await service.save('default', draft)
    expect(saved.drafts.map((d) => d.id)).toEqual(['sample-carpenter'])
    expect(saved.savedAt).toBe(Date.parse('2026-11-26T01:00:00Z'))
    draft.job.title = '大工'
    await service.save('default', draft)
    expect((await service.get('default', 'sample-carpenter')).job.title).toBe('大工')
    expect((await service.list('default')).drafts).toHaveLength(1)
    // Profiles are separate documents.
    expect((await service.list('other')).drafts).toEqual([])
  })

  it('duplicates for the next offer right after the source, clearing what is per post', async () => {
    const { service } = await setup()
    await service.save('default', sampleDraft())
    await service.save('default', emptyDraft('second'))
    const { view, draft } = await service.duplicate('default', 'sample-carpenter')
    expect(view.drafts.map((d) => d.id)).toEqual(['sample-carpenter', draft.id, 'second'])
    expect(draft.id).toMatch(/^draft-[a-z0-9]+-[a-z0-9]+$/)
    expect(draft.job.title).toBe('')
    expect(draft.selection.hires).toBe('')
    expect(draft.wage.baseMin).toBe('230,000')
    const again = await service.duplicate('default', 'sample-carpenter')
    expect(again.draft.id).not.toBe(draft.id)
  })

  it('removes a draft from the document; the vault keeps the previous version as a backup', async () => {
    const { service, files } = await setup()
    await service.save('default', sampleDraft())
    const view = await service.remove('default', 'sample-carpenter')
    expect(view.drafts).toEqual([])
    const names = [...files.files.keys()]
    expect(names).toContain('default_drafts.vault')
    expect(names.some((n) => n.startsWith('default_drafts.vault.bak'))).toBe(true)
    expect(names.some((n) => n.includes('removed'))).toBe(false)
    await expect(service.remove('default', 'sample-carpenter')).rejects.toMatchObject({
      code: 'not-found',
    })
  })

  it('refuses a draft beyond the maximum', async () => {
    const { service } = await setup()
    for (let i = 0; i < DRAFTS_MAX; i++) await service.save('default', emptyDraft(`d${i}`))
    await expect(service.save('default', emptyDraft('one-more'))).rejects.toMatchObject({
      code: 'invalid-field',
    })
    await expect(service.duplicate('default', 'd0')).rejects.toMatchObject({
      code: 'invalid-field',
    })
  })

  it('runs concurrent changes one after another: none is lost', async () => {
    const { service } = await setup()
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => service.save('default', emptyDraft(`c${i}`))),
    )
    expect((await service.list('default')).drafts).toHaveLength(8)
  })

  it('checks chosen images from their size and first bytes only, storing paths and results', async () => {
    const { service, picker, vault } = await setup()
    picker.files.set('/p/shop.png', { size: 120_000, head: PNG })
    picker.files.set('/p/staff.jpg', { size: 2_050_000, head: JPEG })
    picker.files.set('/p/iphone.jpg', { size: 900_000, head: HEIC })
    picker.files.set('/p/big.bmp', { size: 3 * 1024 * 1024, head: [0x42, 0x4d, ...PNG.slice(2)] })
    picker.lists.push(['/p/shop.png', '/p/staff.jpg', '/p/iphone.jpg', '/p/big.bmp'])
    const view = await service.chooseImages('default')
    expect(view.images.map((i) => [i.name, i.detected, i.missing])).toEqual([
      ['shop.png', 'png', false],
      ['staff.jpg', 'jpeg', false],
      ['iphone.jpg', 'heic', false],
      ['big.bmp', 'bmp', false],
    ])
    expect(view.imageFindings.map((f) => [f.code, f.severity, f.index])).toEqual([
      ['maybe-too-large', 'warning', 1],
      ['unsupported-content', 'error', 2],
      ['too-large', 'error', 3],
    ])
    expect(picker.headsAsked.every((n) => n === IMAGE_HEAD_BYTES)).toBe(true)
    // Stored: paths and results, no image bytes.
    const stored = JSON.stringify((await vault.read('default_drafts')).doc)
    expect(stored).toContain('/p/shop.png')
    expect(stored).not.toContain('"head"')

    // Choosing the same file again adds nothing; cancelling changes nothing.
    picker.lists.push(['/p/shop.png'])
    expect((await service.chooseImages('default')).images).toHaveLength(4)
    expect((await service.chooseImages('default')).images).toHaveLength(4)

    // Removing one re-reads the rest: a file gone since is shown as missing.
    picker.files.delete('/p/shop.png')
    const after = await service.removeImage('default', 2)
    expect(after.images.map((i) => [i.name, i.missing])).toEqual([
      ['shop.png', true],
      ['staff.jpg', false],
      ['big.bmp', false],
    ])
    expect(after.imageFindings.map((f) => f.code)).toEqual(['maybe-too-large', 'too-large'])
    await expect(service.removeImage('default', 9)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('never opens a planted network path: dropped on load, never probed', async () => {
    const { service, picker, vault } = await setup()
    const probed: string[] = []
    const probe = picker.probe.bind(picker)
    picker.probe = async (path, head) => (probed.push(path), probe(path, head))
    const planted = (path: string) => ({
      path,
      name: 'x.png',
      sizeBytes: 1,
      detected: 'png',
      missing: false,
    })
    await vault.write('default_drafts', {
      version: 1,
      drafts: [],
      images: [planted('\\\\attacker\\share\\x.png'), planted('//attacker/share/y.png')],
      imageFindings: [],
    })
    expect((await service.list('default')).images).toEqual([])
    picker.files.set('/p/shop.png', { size: 1000, head: PNG })
    picker.lists.push(['/p/shop.png'])
    const view = await service.chooseImages('default')
    expect(view.images.map((i) => i.path)).toEqual(['/p/shop.png'])
    await service.removeImage('default', 0)
    expect(probed).toEqual(['/p/shop.png'])
  })

  it('opens only files chosen in this run; a path from an earlier run is kept, not read', async () => {
    const { service, picker, vault, clock, files } = await setup()
    picker.files.set('/p/old.png', { size: 1000, head: PNG })
    picker.lists.push(['/p/old.png'])
    await service.chooseImages('default')
    // A new run on the same data.
    const next = new DraftsService(vault, clock, picker, {
      dialogs: new FakeDesk(),
      pdf: { printToPdf: async () => Buffer.from('') },
      files: new FakeDesk(),
    })
    void files
    const probed: string[] = []
    const probe = picker.probe.bind(picker)
    picker.probe = async (path, head) => (probed.push(path), probe(path, head))
    picker.files.set('/p/new.jpg', { size: 3 * 1024 * 1024, head: JPEG })
    picker.lists.push(['/p/new.jpg'])
    const view = await next.chooseImages('default')
    expect(probed).toEqual(['/p/new.jpg'])
    expect(view.images.map((i) => [i.name, i.detected])).toEqual([
      ['old.png', 'png'],
      ['new.jpg', 'jpeg'],
    ])
    expect(view.imageFindings.map((f) => [f.code, f.index])).toEqual([['too-large', 1]])
  })

  it('counts more than ten images as an error', async () => {
    const { service, picker } = await setup()
    const paths = Array.from({ length: 11 }, (_, i) => `/p/${i}.png`)
    for (const p of paths) picker.files.set(p, { size: 1000, head: PNG })
    picker.lists.push(paths)
    const view = await service.chooseImages('default')
    expect(view.imageFindings).toEqual([
      { code: 'too-many-files', severity: 'error', params: { max: 10, count: 11 } },
    ])
  })

  it('prints the window to an A4 portrait PDF where the user chose', async () => {
    const { service, desk, pdfOptions } = await setup()
    expect(await service.printA4()).toEqual({ status: 'cancelled' })
    expect(pdfOptions).toEqual([])
    desk.savePaths.push('/docs/offer.pdf')
    expect(await service.printA4()).toEqual({ status: 'saved', fileName: 'offer.pdf' })
    expect(pdfOptions).toEqual([{ pageSize: 'A4', landscape: false }])
    expect(desk.written.get('/docs/offer.pdf')?.toString()).toContain('%PDF')
  })
})

describe('drafts, images and window channels through the real dispatcher', () => {
  const HOSTILE: unknown[] = [
    undefined,
    null,
    42,
    'default',
    [],
    ['Default'],
    ['../etc'],
    ['default', 'x'.repeat(200)],
    ['default', 'UPPER'],
    ['default', '__proto__'],
    ['default', 'id', 'extra'],
    [{ toString: () => 'default' }],
  ]

  it('refuses malformed arguments on every channel with invalid-payload, never a crash', async () => {
    const app = await createUnitApp()
    const channels = [
      'drafts:list',
      'drafts:get',
      'drafts:save',
      'drafts:duplicate',
      'drafts:remove',
      'images:choose',
      'images:remove',
    ]
    for (const channel of channels) {
      for (const payload of HOSTILE) {
        const result = await app.dispatch(channel, payload)
        if (result.ok) {
          // Only a well-formed list/choose of a profile id may pass; nothing else.
          expect([channel, payload]).toEqual([channel, ['default']])
          continue
        }
        expect(['invalid-payload', 'not-found']).toContain(result.error.code)
      }
    }
    for (const channel of ['drafts:printA4', 'window:openCompact']) {
      expect(await app.dispatch(channel, ['x'])).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      })
    }
    expect(app.unexpected).toEqual([])
  })

  it('refuses hostile drafts: unknown keys, wrong types, oversize text, arrays as sections', async () => {
    const app = await createUnitApp()
    const good = sampleDraft()
    const bad: unknown[] = [
      { ...good, extra: 1 },
      { ...good, id: 'Bad Id' },
      { ...good, id: '' },
      { ...good, job: [] },
      { ...good, job: { ...good.job, title: 1 } },
      // Over the storage limit is saved without that field (see field-limits.test.ts); beyond
      // what any document may carry at all, it is refused.
      { ...good, job: { ...good.job, description: 'あ'.repeat(TEXT_HARD_MAX + 1) } },
      { ...good, job: { ...good.job, __proto__: { polluted: true } } },
      { ...good, insurance: { ...good.insurance, insurances: Array(21).fill('health') } },
      { ...good, version: 2 },
      JSON.parse('{"id":"x","__proto__":{"admin":true}}'),
    ]
    for (const draft of bad) {
      const result = await app.dispatch('drafts:save', ['default', draft])
      expect(result.ok, JSON.stringify(draft).slice(0, 80)).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('invalid-payload')
    }
    expect(await app.dispatch('drafts:list', ['default'])).toMatchObject({
      ok: true,
      value: { drafts: [] },
    })
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined()
    expect(await app.dispatch('images:remove', ['default', -1])).toMatchObject({ ok: false })
    expect(await app.dispatch('images:remove', ['default', 1.5])).toMatchObject({ ok: false })
    expect(await app.dispatch('images:remove', ['default', 0])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(app.unexpected).toEqual([])
  })

  it('saves, duplicates and removes a draft end to end, and opens the compact window', async () => {
    const app = await createUnitApp()
    const saved = await app.dispatch('drafts:save', ['default', sampleDraft()])
    expect(saved.ok).toBe(true)
    const copy = await app.dispatch('drafts:duplicate', ['default', 'sample-carpenter'])
    expect(copy).toMatchObject({ ok: true })
    expect(await app.dispatch('drafts:get', ['default', 'missing'])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await app.dispatch('drafts:remove', ['default', 'sample-carpenter'])).toMatchObject({
      ok: true,
    })
    expect(await app.dispatch('window:openCompact', [])).toEqual({
      ok: true,
      value: { status: 'opened' },
    })
  })
})
