import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import {
  copyItemsForScreen,
  PORTAL_SCREENS,
  screenCertainty,
  type CopyItem,
  type PortalScreenId,
} from '@shared/job-offer/portal-text'
import { checkJobField } from '@shared/job-offer/field-checks'
import { type JobFinding } from '@shared/job-offer/guidance'
import type { Finding } from '@shared/field-rules/core'
import type { OfferFinding } from '@shared/job-offer/offer-check'
import { useCopy } from './useCopy'
import { useCopyMarksStore } from '../stores/copyMarks'
import { useDraftsStore } from '../stores/drafts'
import { useOfferCheckStore } from '../stores/offerCheck'
import { useProfileStore } from '../stores/profile'

/** The keyboard shortcut of "copy next" (also on the button as aria-keyshortcuts). */
export const COPY_NEXT_SHORTCUT = 'Alt+N'

type KeyParts = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>

const altKey = (code: string) => (e: KeyParts) =>
  e.altKey && !e.ctrlKey && !e.metaKey && e.code === code

export const isCopyNextShortcut = altKey('KeyN')

/**
 * The panel's keys inside its own window, which always work (also when another app holds the global
 * ones). Alt+letter keys that open the menus (F, E, V, W, H) are avoided.
 */
export const IN_WINDOW_SHORTCUTS = {
  next: { keys: COPY_NEXT_SHORTCUT, matches: isCopyNextShortcut },
  skip: { keys: 'Alt+S', matches: altKey('KeyS') },
  back: { keys: 'Alt+B', matches: altKey('KeyB') },
} as const

/** Items the panel copies: typed values that are not empty (options are chosen on screen). */
export const copyable = (items: readonly CopyItem[]): CopyItem[] =>
  items.filter((i) => i.kind === 'copy' && i.value !== '')

/** The first copyable item not yet copied, in the screen's order; null when all are done. */
export function nextToCopy(
  items: readonly CopyItem[],
  copied: (field: string) => boolean,
): CopyItem | null {
  return copyable(items).find((i) => !copied(i.field)) ?? null
}

export const isPortalScreen = (x: unknown): x is PortalScreenId =>
  typeof x === 'string' && (PORTAL_SCREENS as readonly string[]).includes(x)

export const isJobScreen = (screen: PortalScreenId) => screen.startsWith('job-')

/**
 * One portal screen of the copy panel: its items (portal-ready text from the profile and the
 * chosen draft), the copied marks, and "copy next", all through main's clipboard service.
 */
export function useCopyPanel(
  screenSource: MaybeRefOrGetter<PortalScreenId>,
  draftIdSource: MaybeRefOrGetter<string | null>,
) {
  const profiles = useProfileStore()
  const drafts = useDraftsStore()
  const marks = useCopyMarksStore()
  const { copy } = useCopy()

  const screen = computed(() => toValue(screenSource))
  const draft = computed(() => {
    const id = toValue(draftIdSource)
    return (id === null ? undefined : drafts.byId(id)) ?? drafts.drafts[0]
  })
  const items = computed(() => copyItemsForScreen(screen.value, profiles.profile, draft.value))
  /** Copied or skipped: either way the panel has moved past it. */
  const isCopied = (field: string) => marks.has(screen.value, field)
  const isSkipped = (field: string) => marks.kindOf(screen.value, field) === 'skipped'
  const next = computed(() => nextToCopy(items.value, isCopied))
  const total = computed(() => copyable(items.value).length)
  const done = computed(() => copyable(items.value).filter((i) => isCopied(i.field)).length)
  const certainty = computed(() => screenCertainty(screen.value))

  /**
   * What is wrong with an item's value (errors only): such a value is marked, and copied only
   * once the user says so, never quietly.
   */
  function errorsOf(item: CopyItem): Array<Finding | JobFinding> {
    const wrong = (f: Finding | JobFinding) =>
      f.severity === 'error' && f.code !== 'required' && f.code !== 'unknown-field'
    if (isJobScreen(screen.value)) {
      const d = draft.value
      return d === undefined ? [] : checkJobField(item.field, d, profiles.profile).filter(wrong)
    }
    return profiles.findings.filter((f) => f.field === item.field && wrong(f))
  }

  const offerCheck = useOfferCheckStore()
  /** The draft's offer-check findings Hello Work would likely refuse or hold: errors too. */
  const refused = computed(() => {
    const d = draft.value
    if (!isJobScreen(screen.value) || d === undefined) return []
    return offerCheck.check(d, profiles.profile).filter((f) => f.severity === 'refused')
  })

  /** The refused offer-check findings that point at an item's field. */
  function refusedOf(item: CopyItem): OfferFinding[] {
    return refused.value.filter((f) => f.fields.includes(item.field))
  }

  function markCopied(field: string): void {
    marks.mark(screen.value, field)
  }

  /** Copies the next item; answers it when main's clipboard took it. */
  async function copyNext(): Promise<CopyItem | null> {
    const item = next.value
    if (item === null || !(await copy(item.value))) return null
    markCopied(item.field)
    return item
  }

  /** Passes over the next item without copying it (the portal field is already right). */
  function skipNext(): CopyItem | null {
    const item = next.value
    if (item === null) return null
    marks.mark(screen.value, item.field, 'skipped')
    return item
  }

  /** Undoes the latest copy or skip of this screen: that item is next again. */
  function back(): CopyItem | null {
    const field = marks.undoLast(screen.value)
    return field === null ? null : (items.value.find((i) => i.field === field) ?? null)
  }

  return {
    screen,
    draft,
    items,
    next,
    total,
    done,
    certainty,
    errorsOf,
    refusedOf,
    isCopied,
    isSkipped,
    markCopied,
    copyNext,
    skipNext,
    back,
    clearMarks: () => marks.clear(screen.value),
  }
}
