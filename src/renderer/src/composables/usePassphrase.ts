import { computed, ref } from 'vue'
import { PASSPHRASE_MIN_LENGTH, isBlankPassphrase, passphraseLength } from '@shared/vault'

/**
 * A passphrase being typed (twice when `confirm`, i.e. a new one), valid at PASSPHRASE_MIN_LENGTH
 * characters; a new one of blanks only is refused.
 */
export function usePassphrase(confirm: boolean) {
  const first = ref('')
  const second = ref('')
  const touched = ref(false)
  const valid = computed(
    () =>
      passphraseLength(first.value) >= PASSPHRASE_MIN_LENGTH &&
      (!confirm || (first.value === second.value && !isBlankPassphrase(first.value))),
  )

  /** Marks the fields as tried; returns the passphrase when valid, or null. */
  function take(): string | null {
    touched.value = true
    return valid.value ? first.value : null
  }

  /** Forget what was typed (after a call, successful or not). */
  function clear(): void {
    first.value = ''
    second.value = ''
    touched.value = false
  }

  return { first, second, touched, valid, take, clear }
}
