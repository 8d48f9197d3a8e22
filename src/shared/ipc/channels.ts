import type { Contract } from '../contract'

/**
 * The contract's channels as plain data: each area's methods and whether each is a call or an
 * event. The preload builds `window.api` from this list alone, so it bundles no schema library
 * (the contract's valibot schemas stay in main, which validates every payload).
 *
 * It cannot drift from the contract: the type below makes a missing, extra or mis-kinded method a
 * compile error (the import is type-only, so nothing of the contract is bundled), and
 * `channels.test.ts` holds the order to the contract's.
 */
export type KindsOf<C> = {
  readonly [A in keyof C]: {
    readonly [M in keyof C[A]]: C[A][M] extends { readonly kind: infer K } ? K : never
  }
}

export const CHANNEL_KINDS = {
  app: { info: 'call', faults: 'call', fault: 'event' },
  settings: { get: 'call', setLocale: 'call' },
  shell: { openExternal: 'call' },
  clipboard: { copy: 'call' },
  timer: {
    start: 'call',
    state: 'call',
    complete: 'call',
    cancel: 'call',
    list: 'call',
    changed: 'event',
  },
  profile: { get: 'call', save: 'call' },
  vault: {
    status: 'call',
    usePassphrase: 'call',
    startFresh: 'call',
    reopen: 'call',
  },
  establishments: {
    list: 'call',
    create: 'call',
    rename: 'call',
    duplicate: 'call',
    remove: 'call',
    restore: 'call',
    activate: 'call',
    exportTo: 'call',
    importRead: 'call',
    importApply: 'call',
    importCancel: 'call',
    changed: 'event',
    activated: 'event',
  },
  postal: { lookup: 'call' },
  guide: { get: 'call', save: 'call', printSheet: 'call' },
  drafts: {
    list: 'call',
    get: 'call',
    save: 'call',
    duplicate: 'call',
    remove: 'call',
    printA4: 'call',
  },
  images: { choose: 'call', remove: 'call' },
  window: { openCompact: 'call' },
  desktop: {
    state: 'call',
    setTextSize: 'call',
    setShortcut: 'call',
    openLogFolder: 'call',
    changed: 'event',
    command: 'event',
  },
  panel: { chosenDraft: 'call', chooseDraft: 'call', draftChosen: 'event' },
  minwage: { list: 'call', save: 'call', remove: 'call' },
  edits: { hold: 'call', drop: 'call', pending: 'call', flushed: 'call', flushRequest: 'event' },
} as const satisfies KindsOf<Contract>

export interface ChannelEntry {
  readonly area: string
  readonly method: string
  readonly channel: string
  readonly kind: 'call' | 'event'
}

export const channelName = (area: string, method: string): string => `${area}:${method}`

/** The flat list of channels, in contract order: the preload, main and the test bridge use it. */
export const channels: readonly ChannelEntry[] = Object.entries(CHANNEL_KINDS).flatMap(
  ([area, group]) =>
    Object.entries(group).map(([method, kind]: [string, 'call' | 'event']) => ({
      area,
      method,
      channel: channelName(area, method),
      kind,
    })),
)
