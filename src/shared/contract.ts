import * as v from 'valibot'
import { call, event, type ApiOf, type EmitterOf, type HandlersOf } from './ipc/define'
import { LocaleSchema, noArgs, text } from './ipc/schemas'
import { tolerant, type OverLimit } from './storage-limits'
import type { Settings } from './settings'
import type { AppInfo, FaultNotice } from './app-info'
import { timerProfileArgs, timerStartArgs, type TimerState } from './timer'
import { ProfileIdSchema } from './profiles'
import { ProfileSchema, type Profile } from './profile/model'
import { PassphraseSchema, type ExportResult, type VaultView } from './vault'
import type { PostalProposal } from './postal'
import {
  FlushRequestIdSchema,
  PendingEditSchema,
  PendingKeySchema,
  type FlushRequest,
  type PendingEdit,
} from './edits'
import { GuideProgressSchema, type GuideProgress, type SheetPrintResult } from './guide/progress'
import type { JobOfferDraft } from './job-offer/model'
import {
  EnteredRateKeySchema,
  EnteredRateSchema,
  type EnteredRatesView,
} from './job-offer/minimum-wage-lookup'
import {
  DraftIdSchema,
  DraftPayloadSchema,
  ImageIndexSchema,
  type CompactWindowResult,
  type DraftsView,
  type DuplicateResult,
  type PdfSaveResult,
} from './drafts'
import {
  EstablishmentInputSchema,
  ExportIdsSchema,
  ImportChoicesSchema,
  RemovedKeySchema,
  type CreatedEstablishment,
  type EstablishmentsView,
  type ImportOutcome,
  type ImportPreview,
} from './establishments'
import { AcceleratorSchema, ShortcutActionSchema } from './desktop/shortcuts'
import { TextSizeSchema } from './desktop/text-size'
import type { DesktopCommand, DesktopView, DraftChoice } from './desktop/view'

/** What `profile:get` and `profile:save` answer (the notice says when a backup was restored). */
export interface ProfileView {
  profileId: string
  profile: Profile
  savedAt: number | null
  /** Fields of this save whose text was over its storage limit: not saved, named for the user. */
  refused: OverLimit[]
  notice:
    | { kind: 'restored-backup'; from: string; movedAside: string[] }
    | { kind: 'kept-unreadable'; keptAs: string }
    | null
}

/** What `guide:get` and `guide:save` answer: the user's progress through the guide. */
export interface GuideView {
  profileId: string
  progress: GuideProgress
  /** When the user last changed the progress (main's clock); null before the first change. */
  lastChangedAt: number | null
  refused: OverLimit[]
  notice: ProfileView['notice']
}

/**
 * The one IPC contract. Channel names are `area:method`. Each area's calls list their argument
 * schemas; main validates every payload against them before a service sees it.
 */
export const contract = {
  app: {
    info: call<AppInfo>()(noArgs),
    /** The latest fault main caught at the top (none: null), for a window that loads after it. */
    faults: call<FaultNotice | null>()(noArgs),
    /** A fault main caught at the top: the renderer says so (never silent). */
    fault: event<FaultNotice>(),
  },
  settings: {
    get: call<Settings>()(noArgs),
    setLocale: call<Settings>()(v.strictTuple([LocaleSchema])),
  },
  shell: {
    /** Opens an allow-listed Hello Work page (or the helpdesk mail) in the user's browser. */
    openExternal: call<void>()(v.strictTuple([text(2048)])),
  },
  clipboard: {
    /** Writes exactly this text; main remembers it so it can clear it on quit if still there. */
    copy: call<void>()(v.strictTuple([text(20_000)])),
  },
  timer: {
    /** Starts (or restarts) the auth-key countdown; `receivedAt` corrects it to the mail's time. */
    start: call<TimerState>()(timerStartArgs),
    state: call<TimerState>()(timerProfileArgs),
    /** The key was entered: the countdown stops as done. */
    complete: call<TimerState>()(timerProfileArgs),
    cancel: call<TimerState>()(timerProfileArgs),
    /** Every establishment's countdown (the establishment list shows the running ones). */
    list: call<TimerState[]>()(noArgs),
    /** Main re-emits on every status change and once a minute; the renderer draws the seconds. */
    changed: event<TimerState>(),
  },
  profile: {
    get: call<ProfileView>()(v.strictTuple([ProfileIdSchema])),
    /** Saves every valid field; text over its storage limit keeps what was saved (see `refused`). */
    save: call<ProfileView>()(v.strictTuple([ProfileIdSchema, tolerant(ProfileSchema)])),
  },
  vault: {
    /** Ready or locked (and why), how the key is protected, backups and set-aside files. */
    status: call<VaultView>()(noArgs),
    /** Unlocks a passphrase-protected vault, or protects the key with a passphrase where the OS cannot. */
    usePassphrase: call<VaultView>()(v.strictTuple([PassphraseSchema])),
    /** The user's confirmed "start anew": every file is moved aside, none deleted. */
    startFresh: call<VaultView>()(noArgs),
    /** Tries to open the data folder and the key again (after the folder was freed). */
    reopen: call<VaultView>()(noArgs),
  },
  /**
   * The establishments (each with its own profile, guide and drafts): the list from the index
   * document, the active one, and moving them between PCs. Refusals name their field: an empty
   * name (`invalid-field`, `0.name`) or one another establishment has (`conflict`, `0.name`).
   */
  establishments: {
    list: call<EstablishmentsView>()(noArgs),
    create: call<CreatedEstablishment>()(v.strictTuple([EstablishmentInputSchema])),
    rename: call<EstablishmentsView>()(v.strictTuple([ProfileIdSchema, EstablishmentInputSchema])),
    /** A second site of the same company: the profile alone, without the 事業所番号. */
    duplicate: call<CreatedEstablishment>()(
      v.strictTuple([ProfileIdSchema, EstablishmentInputSchema]),
    ),
    /** Its documents are moved aside (listed in `removed`), never deleted. */
    remove: call<EstablishmentsView>()(v.strictTuple([ProfileIdSchema])),
    restore: call<EstablishmentsView>()(v.strictTuple([RemovedKeySchema])),
    /** The window saved its edits first; every screen is about this one from now on. */
    activate: call<{ activeId: string }>()(v.strictTuple([ProfileIdSchema])),
    /** Save dialog, then one passphrase-protected file with these establishments. */
    exportTo: call<ExportResult & { establishments: number }>()(
      v.strictTuple([PassphraseSchema, ExportIdsSchema]),
    ),
    /** Open dialog, then what the file holds (nothing is written); null when cancelled. */
    importRead: call<ImportPreview | null>()(v.strictTuple([PassphraseSchema])),
    /** Imports the file read last: each establishment added as new, or replacing (kept aside). */
    importApply: call<ImportOutcome>()(v.strictTuple([ImportChoicesSchema])),
    importCancel: call<void>()(noArgs),
    /** The list or a row's summary changed. */
    changed: event<EstablishmentsView>(),
    /** The active establishment changed (the compact window follows the main one). */
    activated: event<{ activeId: string }>(),
  },
  postal: {
    /** Address proposals for a postal code; the user picks one (never applied automatically). */
    lookup: call<PostalProposal>()(v.strictTuple([text(32)])),
  },
  guide: {
    get: call<GuideView>()(v.strictTuple([ProfileIdSchema])),
    save: call<GuideView>()(v.strictTuple([ProfileIdSchema, tolerant(GuideProgressSchema)])),
    /** Asks for a path with the save dialog and prints the window (the sheet screen) to A4 PDF. */
    printSheet: call<SheetPrintResult>()(noArgs),
  },
  /** Job-offer drafts per profile (one vault document with the screen-6 image list). */
  drafts: {
    list: call<DraftsView>()(v.strictTuple([ProfileIdSchema])),
    get: call<JobOfferDraft>()(v.strictTuple([ProfileIdSchema, DraftIdSchema])),
    /** Replaces the draft of that id, or adds it (at most DRAFTS_MAX). */
    save: call<DraftsView>()(v.strictTuple([ProfileIdSchema, tolerant(DraftPayloadSchema)])),
    duplicate: call<DuplicateResult>()(v.strictTuple([ProfileIdSchema, DraftIdSchema])),
    /** The vault keeps the previous version among its backups; nothing is moved on disk. */
    remove: call<DraftsView>()(v.strictTuple([ProfileIdSchema, DraftIdSchema])),
    /** Save dialog, then the window (the drafts print view) as an A4 portrait PDF. */
    printA4: call<PdfSaveResult>()(noArgs),
  },
  /** Establishment screen 6: main reads each chosen file's size and first bytes, never more. */
  images: {
    choose: call<DraftsView>()(v.strictTuple([ProfileIdSchema])),
    remove: call<DraftsView>()(v.strictTuple([ProfileIdSchema, ImageIndexSchema])),
  },
  window: {
    /** The compact always-on-top copy panel (one instance: focused when already open). */
    openCompact: call<CompactWindowResult>()(noArgs),
  },
  /** The desktop comforts: text size, the copy panel's global shortcuts, the support log. */
  desktop: {
    state: call<DesktopView>()(noArgs),
    setTextSize: call<DesktopView>()(v.strictTuple([TextSizeSchema])),
    /** One of the checked candidates of that action, not in use by another action. */
    setShortcut: call<DesktopView>()(v.strictTuple([ShortcutActionSchema, AcceleratorSchema])),
    openLogFolder: call<void>()(noArgs),
    /** Text size or shortcut status changed (also from the 表示 menu or a panel opening). */
    changed: event<DesktopView>(),
    /** Main asks this window to open a screen (menu) or take a copy-panel step (shortcut). */
    command: event<DesktopCommand>(),
  },
  /** The draft the copy panels copy from, shared by the main and the compact window. */
  panel: {
    chosenDraft: call<DraftChoice | null>()(noArgs),
    chooseDraft: call<DraftChoice>()(v.strictTuple([ProfileIdSchema, v.nullable(DraftIdSchema)])),
    draftChosen: event<DraftChoice>(),
  },
  /**
   * The current minimum wages the user entered, for the whole app (the table's data ends before
   * the latest rates): used by the offer check from their 発効日 on.
   */
  minwage: {
    list: call<EnteredRatesView>()(noArgs),
    /** Adds a rate, or replaces the one of the same prefecture and 発効日. */
    save: call<EnteredRatesView>()(v.strictTuple([EnteredRateSchema])),
    remove: call<EnteredRatesView>()(v.strictTuple([EnteredRateKeySchema])),
  },
  /** Unsaved edits held in main's memory, and the flush before close (see `shared/edits.ts`). */
  edits: {
    /** The window's newest unsaved state of one document (or one draft), as it is typed. */
    hold: call<void>()(v.strictTuple([PendingEditSchema])),
    /** The user discarded a held edit that was offered back. */
    drop: call<void>()(v.strictTuple([PendingKeySchema])),
    /** What main holds: offered back on any load of the window (after a reload or a crash). */
    pending: call<PendingEdit[]>()(noArgs),
    /** The window's answer to `flushRequest`: every pending save has gone through. */
    flushed: call<void>()(v.strictTuple([FlushRequestIdSchema])),
    /** Main asks the window to save now: it is closing, or the app is quitting. */
    flushRequest: event<FlushRequest>(),
  },
} as const

export type Contract = typeof contract
export type Api = ApiOf<Contract>
export type Handlers = HandlersOf<Contract>
export type Emit = EmitterOf<Contract>
