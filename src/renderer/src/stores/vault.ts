import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ErrorCode, Result } from '@shared/ipc/result'
import type { ImportChoice, ImportOutcome, ImportPreview } from '@shared/establishments'
import type { ExportResult, VaultView } from '@shared/vault'
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

  /** One, several or all establishments into one passphrase-protected file. */
  async function exportTo(
    passphrase: string,
    ids: string[],
  ): Promise<(ExportResult & { establishments: number }) | null> {
    return run(() => api.establishments.exportTo(passphrase, ids))
  }

  /**
   * An export file, decrypted in main and looked at: its establishments and what each matches
   * here. Nothing is written until `importApply`. `undefined` when the dialog was cancelled.
   */
  async function importRead(passphrase: string): Promise<ImportPreview | null | undefined> {
    const result = await run(async () => {
      const read = await api.establishments.importRead(passphrase)
      return read.ok ? { ok: true as const, value: { preview: read.value } } : read
    })
    return result === null ? null : (result.preview ?? undefined)
  }

  /** Imports the file read last, as chosen; the vault's state is read anew after it. */
  async function importApply(choices: ImportChoice[]): Promise<ImportOutcome | null> {
    const result = await run(() => api.establishments.importApply(choices))
    if (result) await refresh()
    return result
  }

  function importCancel(): void {
    void api.establishments.importCancel()
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
    importRead,
    importApply,
    importCancel,
    clearError,
  }
})
