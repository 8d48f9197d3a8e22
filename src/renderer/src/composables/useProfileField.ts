import { computed, nextTick, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { ruleFor, valueAt } from '@shared/profile/field-rules'
import { type Finding } from '@shared/field-rules/core'
import { normalize, suggest } from '@shared/profile/normalize'
import { useProfileStore } from '../stores/profile'

type TextControl = HTMLInputElement | HTMLTextAreaElement

/**
 * One profile field's behaviour: its value in the store, live length, findings, the suggestion,
 * and normalisation on blur or when IME composition ends, never while the user is composing.
 */
export function useProfileField(pathSource: MaybeRefOrGetter<string>) {
  const store = useProfileStore()
  const path = computed(() => toValue(pathSource))
  const rule = computed(() => ruleFor(path.value))
  const value = computed(() => valueAt(store.profile, path.value) ?? '')
  /** Code points, as the portal and the field rules count them. */
  const length = computed(() => [...value.value].length)
  const composing = ref(false)
  /** "Required" is said only once the user has been in the field: an empty form is not an error. */
  const touched = ref(false)

  const findings = computed<Finding[]>(() =>
    store.findings.filter(
      (f) => f.field === path.value && (f.code !== 'required' || touched.value),
    ),
  )
  const invalid = computed(() => findings.value.some((f) => f.severity === 'error'))
  const required = computed(() => {
    const r = rule.value
    if (!r?.required) return false
    return r.requiredWhen === undefined || r.requiredWhen(store.profile, workplaceIndex(path.value))
  })
  const suggestion = computed(() => (composing.value ? null : suggest(path.value, value.value)))

  function onInput(event: Event): void {
    store.setField(path.value, (event.target as TextControl).value)
  }

  function onCompositionStart(): void {
    composing.value = true
  }

  function onCompositionEnd(event: CompositionEvent): void {
    composing.value = false
    // Mid-typing: convert what was composed, but keep the spaces around it for the next word.
    applyNormalized(event.target as TextControl, true)
  }

  function onBlur(event: FocusEvent): void {
    touched.value = true
    if (!composing.value) applyNormalized(event.target as TextControl, false)
  }

  function acceptSuggestion(): void {
    if (suggestion.value) store.setField(path.value, suggestion.value.value)
  }

  function applyNormalized(control: TextControl, keepEdges: boolean): void {
    const current = control.value
    let next = normalize(path.value, current)
    if (keepEdges) {
      const lead = /^\s*/.exec(current)?.[0] ?? ''
      const trail = current.length > lead.length ? (/\s*$/.exec(current)?.[0] ?? '') : ''
      next = next === '' ? current : lead + next + trail
    }
    if (next === current) return
    const atEnd = control.selectionStart === current.length
    const caret = Math.min(control.selectionStart ?? next.length, next.length)
    store.setField(path.value, next)
    void nextTick(() => {
      if (document.activeElement !== control) return
      const at = atEnd ? next.length : caret
      control.setSelectionRange(at, at)
    })
  }

  return {
    path,
    rule,
    value,
    length,
    findings,
    invalid,
    required,
    suggestion,
    touched,
    onInput,
    onCompositionStart,
    onCompositionEnd,
    onBlur,
    acceptSuggestion,
  }
}

function workplaceIndex(path: string): number | undefined {
  const m = /^workplaces\.(\d+)\./.exec(path)
  return m ? Number(m[1]) : undefined
}
