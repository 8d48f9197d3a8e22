import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Conf from 'conf'
import { emptyProgress } from '@shared/guide/progress'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import type { JobOfferDraft } from '@shared/job-offer/model'
import type { Profile } from '@shared/profile/model'
import { DEFAULT_PROFILE_ID, documentId, ESTABLISHMENT_INDEX_ID } from '@shared/profiles'
import { fromConf } from '../../../adapters/kv-store'
import { NodeVaultFiles } from '../../../adapters/vault-fs'
import { DraftsService } from '../../drafts/drafts-service'
import { GuideService } from '../../guide/guide-service'
import { systemClock, type LogPort } from '../../ports'
import { ProfileService } from '../../profile/profile-service'
import { SettingsService, type SettingsData } from '../../settings-service'
import { VaultStore } from '../../vault'
import { StaticKeyProtector } from '../../vault/testing/static-key-protector'
import { EstablishmentsService } from '../establishments-service'
import { IndexedDocuments } from '../indexed-documents'

/**
 * The establishments bench (`npm run bench`): the app's start (vault open + establishment list)
 * with 200 establishments of a full profile and 20 drafts each, against the same with one; and
 * switching establishment (activate + its three documents read as the screens read them) against
 * reading those three documents alone. On disk, as in the app, with the data key unwrapped by an
 * in-memory protector (main unwraps it once per run), so the figures are our code's.
 */

const quiet: LogPort = { info: () => undefined, warn: () => undefined, error: () => undefined }

/** Every profile field filled (the sample establishment, three 就業場所). */
function fullProfile(i: number): Profile {
  const profile = sampleProfile()
  profile.establishment.name = `株式会社さくら工務店 第${i + 1}営業所`
  profile.record.officeNumber = `1501-${String(100000 + i)}-1`
  const workplace = profile.workplaces[0]!
  profile.workplaces = [
    workplace,
    { ...workplace, name: '第二現場' },
    { ...workplace, name: '資材置場' },
  ]
  return profile
}

function drafts(count: number): JobOfferDraft[] {
  return Array.from({ length: count }, (_, k) => {
    const draft = sampleDraft()
    draft.id = `draft-${k}`
    draft.job.title = `${draft.job.title} ${k + 1}`
    return draft
  })
}

interface App {
  vault: VaultStore
  establishments: EstablishmentsService
  profile: ProfileService
  guide: GuideService
  drafts: DraftsService
}

/** The main-process pieces a start and a switch go through, on a data folder. */
async function openApp(dir: string, secret: Buffer): Promise<App> {
  const vault = new VaultStore({
    files: new NodeVaultFiles(join(dir, 'vault')),
    protector: new StaticKeyProtector(secret),
    // As main opens it: the index proves the key.
    probe: ESTABLISHMENT_INDEX_ID,
  })
  const opened = await vault.open()
  if (opened.state !== 'ready') throw new Error(`bench vault did not open: ${opened.reason}`)
  const settings = new SettingsService(
    fromConf(new Conf<SettingsData>({ cwd: dir, configName: 'settings', projectName: 'hwmp' })),
  )
  const establishments = new EstablishmentsService({
    vault,
    settings,
    rates: () => [],
    clock: systemClock,
    timer: { cancel: () => undefined, state: () => ({ status: 'none' }) },
    edits: { dropEstablishment: () => undefined },
    onChange: () => undefined,
    log: quiet,
  })
  const documents = new IndexedDocuments(vault, establishments)
  const none = async () => null
  return {
    vault,
    establishments,
    profile: new ProfileService(documents, systemClock),
    guide: new GuideService(documents, systemClock),
    drafts: new DraftsService(
      documents,
      systemClock,
      { choose: async () => [], probe: async () => ({ sizeBytes: 0, head: new Uint8Array() }) },
      {
        dialogs: { chooseSavePath: none, chooseOpenPath: none },
        pdf: { printToPdf: async () => Buffer.alloc(0) },
        files: { write: async () => undefined, read: async () => Buffer.alloc(0) },
      },
    ),
  }
}

/** A data folder with `count` establishments, each a full profile, a guide and 20 drafts. */
async function dataFolder(count: number, secret: Buffer): Promise<{ dir: string; ids: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), `hwmp-bench-est${count}-`))
  const app = await openApp(dir, secret)
  await app.establishments.list()
  const ids = [DEFAULT_PROFILE_ID]
  for (let i = 1; i < count; i++) {
    ids.push(
      (
        await app.establishments.create({
          name: `営業所 ${i + 1}`,
          kana: `エイギョウショ ${i + 1}`,
        })
      ).id,
    )
  }
  const documents = new IndexedDocuments(app.vault, app.establishments)
  for (const [i, id] of ids.entries()) {
    await app.profile.save(id, fullProfile(i))
    await app.guide.save(id, {
      ...emptyProgress(),
      caseAnswers: { filedBefore: 'no' },
      checked: ['2/1', '2/2'],
      kariTorokuDate: '2026-05-08',
      notes: '窓口で確認すること：事業所番号、担当者の名前、求人の受理日。',
    })
    // All twenty in one save (as many autosaves would leave them).
    await documents.write(documentId(id, 'drafts'), {
      version: 1,
      drafts: drafts(20),
      images: [],
      imageFindings: [],
    })
  }
  await app.establishments.list()
  return { dir, ids }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

export interface EstablishmentsBench {
  /** Median start (vault open + list) with 200 establishments over the same with one. */
  startRatio: number
  startManyMs: number
  startOneMs: number
  /** Median switch (activate + profile, guide and drafts read) over those three reads alone. */
  switchRatio: number
  switchMs: number
  openDocumentsMs: number
  establishments: number
  draftsEach: number
  /** Bytes of the index document as stored (encrypted) with 200 establishments. */
  indexBytes: number
}

export async function benchEstablishments(rounds = 101, count = 200): Promise<EstablishmentsBench> {
  const secret = randomBytes(32)
  const many = await dataFolder(count, secret)
  const one = await dataFolder(1, secret)
  try {
    const start = async (dir: string) => {
      const begin = performance.now()
      const app = await openApp(dir, secret)
      const view = await app.establishments.list()
      const ms = performance.now() - begin
      if (view.establishments.length === 0) throw new Error('empty list')
      // The check after the first list runs in the background: let it finish outside the timing.
      await app.establishments.list()
      return ms
    }
    const startMany: number[] = []
    const startOne: number[] = []
    // Warm-up rounds first; then both sides alternate, so they share the machine's state.
    for (let r = 0; r < rounds + 5; r++) {
      const a = await start(many.dir)
      const b = await start(one.dir)
      if (r >= 5) {
        startMany.push(a)
        startOne.push(b)
      }
    }

    const app = await openApp(many.dir, secret)
    await app.establishments.list()
    const openThree = async (id: string) => {
      await app.profile.get(id)
      await app.guide.get(id)
      await app.drafts.list(id)
    }
    const switching: number[] = []
    const opening: number[] = []
    for (let r = 0; r < rounds + 5; r++) {
      const id = many.ids[(r * 37) % many.ids.length]!
      let begin = performance.now()
      await app.establishments.activate(id)
      await openThree(id)
      const s = performance.now() - begin
      begin = performance.now()
      await openThree(id)
      const o = performance.now() - begin
      if (r >= 5) {
        switching.push(s)
        opening.push(o)
      }
    }
    const indexBytes = statSync(join(many.dir, 'vault', `${ESTABLISHMENT_INDEX_ID}.vault`)).size
    return {
      startRatio: median(startMany) / median(startOne),
      startManyMs: median(startMany),
      startOneMs: median(startOne),
      switchRatio: median(switching) / median(opening),
      switchMs: median(switching),
      openDocumentsMs: median(opening),
      establishments: count,
      draftsEach: 20,
      indexBytes,
    }
  } finally {
    rmSync(many.dir, { recursive: true, force: true })
    rmSync(one.dir, { recursive: true, force: true })
  }
}
