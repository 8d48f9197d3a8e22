import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { formatPlainDate, jstDateOf, parsePlainDate, type PlainDate } from '@shared/dates'
import type { ErrorCode, Result } from '@shared/ipc/result'
import type {
  EnteredRate,
  EnteredRateKey,
  EnteredRatesView,
} from '@shared/job-offer/minimum-wage-lookup'
import type { JobOfferDraft } from '@shared/job-offer/model'
import { checkOffer, type OfferFinding } from '@shared/job-offer/offer-check'
import type { Profile } from '@shared/profile/model'
import { useApi } from '../api'

/**
 * The offer check's inputs in the renderer: the planned filing date (today in Japan unless the
 * user changes it on the check screen; one for the session) and the current minimum wages the
 * user entered, which main keeps for the whole app. The check itself is a pure function of the
 * draft, the profile and these two, so every screen derives its findings in a computed.
 */
export const useOfferCheckStore = defineStore('offerCheck', () => {
  const api = useApi()
  const onText = ref(formatPlainDate(jstDateOf(Date.now())))
  const rates = ref<EnteredRate[]>([])
  const keptAside = ref(0)
  const loaded = ref(false)
  const error = ref<ErrorCode | null>(null)

  const on = computed<PlainDate>(() => parsePlainDate(onText.value))

  function apply(view: EnteredRatesView): void {
    rates.value = view.rates
    keptAside.value = view.keptAside
  }

  async function load(): Promise<void> {
    const result = await api.minwage.list()
    if (result.ok) {
      apply(result.value)
      error.value = null
    } else error.value = result.error.code
    loaded.value = true
  }

  let loading: Promise<void> | null = null
  /** Loads the entered rates once per run (every screen that checks an offer asks). */
  function ensureLoaded(): Promise<void> {
    loading ??= load()
    return loading
  }

  /** A date typed in the check screen; anything that is not a calendar date is ignored. */
  function setOn(text: string): boolean {
    try {
      parsePlainDate(text)
    } catch {
      return false
    }
    onText.value = text
    return true
  }

  function resetOn(): void {
    onText.value = formatPlainDate(jstDateOf(Date.now()))
  }

  /** A change of the entered rates: main's answer replaces the list, or its error is kept. */
  async function change(call: Promise<Result<EnteredRatesView>>): Promise<boolean> {
    const result = await call
    if (!result.ok) {
      error.value = result.error.code
      return false
    }
    error.value = null
    apply(result.value)
    return true
  }

  const saveRate = (rate: EnteredRate): Promise<boolean> => change(api.minwage.save(rate))
  const removeRate = (key: EnteredRateKey): Promise<boolean> => change(api.minwage.remove(key))

  /** The findings of a draft on the planned filing date. */
  function check(draft: JobOfferDraft, profile: Profile): OfferFinding[] {
    return checkOffer(draft, profile, on.value, rates.value)
  }

  return {
    onText,
    on,
    rates,
    keptAside,
    loaded,
    error,
    load,
    ensureLoaded,
    setOn,
    resetOn,
    saveRate,
    removeRate,
    check,
  }
})
