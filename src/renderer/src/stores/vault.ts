import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ErrorCode, Result } from '@shared/ipc/result'
import type { ExportResult, ImportResult, VaultView } from '@shared/vault'
import { useApi } from '../api'

/**
 * The vault's state for the banner, the recovery screen and export / import. Passphrases pass
 * straight through to main and are never kept here.
 */
export const useVaultStore = defineStore('vault', () => {
  const api = useApi()
  const status = ref<VaultView | null>(null)
  const busy = ref(false)
  const error = ref<ErrorCode | null>(null)

  async function refresh(): Promise<void> {
    const result = await api.vault.status()
    if (result.ok) status.value = result.value
    else error.value = result.error.code
  }

  /** Runs one call at a time; the result's error code is kept for the screen to explain. */
  async function run<T>(task: () => Promise<Result<T>>): Promise<T | null> {
    busy.value = true
    error.value = null
    try {
      const result = await task()
      if (result.ok) return result.value
      error.value = result.error.code
      return null
    } finally {
      busy.value = false
    }
  }

  async function usePassphrase(passphrase: string): Promise<boolean> {
    const view = await run(() => api.vault.usePassphrase(passphrase))
    if (view) status.value = view
    return view !== null
  }

  async function startFresh(): Promise<VaultView | null> {
    const view = await run(() => api.vault.startFresh())
    if (view) status.value = view
    return view
  }

  /** Tries the data folder again (the user freed it from antivirus or a sync client). */
  async function reopen(): Promise<VaultView | null> {
    const view = await run(() => api.vault.reopen())
    if (view) status.value = view
    return view
  }

  async function exportTo(passphrase: string): Promise<ExportResult | null> {
    return run(() => api.vault.exportTo(passphrase))
  }

  async function importFrom(passphrase: string): Promise<ImportResult | null> {
    const result = await run(() => api.vault.importFrom(passphrase))
    if (result) status.value = result.vault
    return result
  }

  function clearError(): void {
    error.value = null
  }

  return {
    status,
    busy,
    error,
    refresh,
    usePassphrase,
    startFresh,
    reopen,
    exportTo,
    importFrom,
    clearError,
  }
})
