import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { GuideView } from '@shared/contract'
import { registrationDeadline } from '@shared/guide/calendar'
import { honTorokuRuleApplies, type HonTorokuQuestionId } from '@shared/guide/hon-toroku'
import { parsePlainDate } from '@shared/dates'
import { stepsFor, type CaseId, type GuideStep } from '@shared/guide/catalogue'
import { decide, type CaseAnswers } from '@shared/guide/decision'
import { emptyProgress, isStepId, type GuideProgress } from '@shared/guide/progress'
import type { ErrorCode } from '@shared/ipc/result'
import type { OverLimit } from '@shared/storage-limits'
import { useApi } from '../api'
import { plainCopy } from './plain'
import { useAutosave } from '../composables/useAutosave'
import { useActiveDocument } from './establishments'

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'
type Confirmation = keyof GuideProgress['confirmations']

/** Changes wait this long for the next one, so typing a note saves once, not per key. */
export const AUTOSAVE_DELAY_MS = 400

/**
 * The user's walk through the guide: answers, checked steps, the 14-day rule and notes, saved to
 * main (encrypted per profile) shortly after each change. Derived views (case, steps, deadline)
 * are computed here so every guide screen agrees.
 */
export const useGuideStore = defineStore('guide', () => {
  const api = useApi()
  // Which establishment the progress held here belongs to: saves go there (see the profile store).
  const { establishments, loadedFor, holdsActive, reloadOnSwitch } = useActiveDocument()
  const progress = ref<GuideProgress>(emptyProgress())
  const lastChangedAt = ref<number | null>(null)
  const notice = ref<GuideView['notice']>(null)
  const loaded = ref(false)
  /** Why the progress could not be loaded: nothing may be saved over it then. */
  const error = ref<ErrorCode | null>(null)
  /** Fields the last save left as they were (the notes, when over their limit). */
  const refused = ref<OverLimit[]>([])
  /** Saved once in this run (for "saved" rather than "idle"). */
  const savedOnce = ref(false)
  let revision = 0

  /** A plain copy: the reactive proxy must not cross the bridge. */
  const snapshot = () => plainCopy(progress.value)
  const autosave = useAutosave({
    delayMs: AUTOSAVE_DELAY_MS,
    canSave: () => loaded.value && error.value === null,
    hold: () => {
      revision++
      const profileId = loadedFor.value
      if (profileId === null) return
      void api.edits
        .hold({ kind: 'guide', profileId, revision, doc: snapshot() })
        .catch(() => undefined)
    },
    save: async () => {
      const profileId = loadedFor.value
      if (profileId === null) return { code: 'unavailable' }
      const result = await api.guide.save(profileId, snapshot())
      if (!result.ok) {
        return {
          code: result.error.code,
          ...(result.error.field ? { field: result.error.field } : {}),
        }
      }
      lastChangedAt.value = result.value.lastChangedAt
      refused.value = result.value.refused
      savedOnce.value = true
      return null
    },
  })
  const saveError = computed<ErrorCode | null>(() => autosave.errors.get('guide')?.code ?? null)
  const status = computed<SaveStatus>(() => {
    if (autosave.saving.value) return 'saving'
    if (saveError.value !== null) return 'error'
    if (autosave.pending.size > 0) return 'pending'
    return savedOnce.value ? 'saved' : 'idle'
  })

  const outcome = computed(() => decide(progress.value.caseAnswers))
  const decision = computed(() =>
    outcome.value.status === 'decided' ? outcome.value.decision : null,
  )
  const caseId = computed<CaseId | null>(() =>
    decision.value === null || decision.value === 'unsure' ? null : decision.value,
  )
  const steps = computed<readonly GuideStep[]>(() => (caseId.value ? stepsFor(caseId.value) : []))
  const checked = computed(() => new Set<string>(progress.value.checked))
  const doneCount = computed(() => steps.value.filter((step) => checked.value.has(step.id)).length)
  const nextStep = computed(() => steps.value.find((step) => !checked.value.has(step.id)) ?? null)
  const ruleApplies = computed(() => honTorokuRuleApplies(progress.value.honToroku))
  const deadline = computed(() =>
    progress.value.kariTorokuDate === ''
      ? null
      : registrationDeadline(parsePlainDate(progress.value.kariTorokuDate)),
  )

  let loading: Promise<void> | null = null

  /**
   * Loads the active establishment's progress once; later calls wait for the same load (a switch
   * reloads it, see below).
   */
  function load(): Promise<void> {
    loading ??= (async () => {
      const id = await establishments.activeIdReady()
      if (id === null) {
        error.value = establishments.error ?? 'unavailable'
        loaded.value = true
        return
      }
      const result = await api.guide.get(id)
      if (result.ok) {
        loadedFor.value = id
        progress.value = result.value.progress
        lastChangedAt.value = result.value.lastChangedAt
        notice.value = result.value.notice
        error.value = null
      } else {
        error.value = result.error.code
      }
      loaded.value = true
    })()
    return loading
  }

  function change(mutate: (draft: GuideProgress) => void): void {
    mutate(progress.value)
    autosave.changed('guide')
  }

  /** Saves now (e.g. before printing); saves run one after another, the latest state last. */
  async function flush(): Promise<void> {
    await autosave.flush()
  }

  const editable = computed(() => loaded.value && error.value === null && holdsActive.value)

  /** An edit main held for this profile (the window reloaded before it was saved): take it back. */
  function restoreEdit(id: string, doc: GuideProgress): boolean {
    if (!editable.value || id !== loadedFor.value) return false
    progress.value = doc
    autosave.changed('guide')
    return true
  }

  /** After an import, a fresh start or a retry: what main holds now replaces any unsaved edit. */
  async function reload(): Promise<void> {
    await autosave.flush().catch(() => false)
    autosave.cancel()
    await loading
    loading = null
    await load()
  }

  reloadOnSwitch(reload)

  function setAnswer<K extends keyof CaseAnswers>(question: K, value: CaseAnswers[K]): void {
    change((draft) => {
      draft.caseAnswers = { ...draft.caseAnswers, [question]: value }
    })
  }

  function setStep(stepId: GuideStep['id'], done: boolean): void {
    if (!isStepId(stepId)) return
    change((draft) => {
      const others = draft.checked.filter((id) => id !== stepId)
      draft.checked = done ? [...others, stepId] : others
    })
  }

  function setHonToroku(question: HonTorokuQuestionId, value: boolean): void {
    change((draft) => {
      draft.honToroku = { ...draft.honToroku, [question]: value }
    })
  }

  /** '' clears the date; the caller checks the format first. */
  function setKariTorokuDate(text: string): void {
    change((draft) => {
      draft.kariTorokuDate = text
    })
  }

  function setConfirmation(id: Confirmation, value: boolean): void {
    change((draft) => {
      draft.confirmations = { ...draft.confirmations, [id]: value }
    })
  }

  function setNotes(text: string): void {
    change((draft) => {
      draft.notes = text
    })
  }

  return {
    loadedFor,
    editable,
    progress,
    lastChangedAt,
    notice,
    loaded,
    status,
    error,
    saveError,
    refused,
    outcome,
    decision,
    caseId,
    steps,
    checked,
    doneCount,
    nextStep,
    ruleApplies,
    deadline,
    load,
    reload,
    flush,
    restoreEdit,
    setAnswer,
    setStep,
    setHonToroku,
    setKariTorokuDate,
    setConfirmation,
    setNotes,
  }
})
