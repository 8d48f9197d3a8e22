import { ref } from 'vue'
import { useApi } from '../api'
import { useGuideStore } from '../stores/guide'

export type PrintState = 'idle' | 'printing' | 'saved' | 'cancelled' | 'failed'

/** Saves the sheet screen as an A4 PDF through main (save dialog, then printToPDF). */
export function useSheetPrint() {
  const api = useApi()
  const guide = useGuideStore()
  const state = ref<PrintState>('idle')
  const fileName = ref('')

  async function print(): Promise<void> {
    state.value = 'printing'
    // The notes typed a moment ago are on the sheet; keep them saved too.
    await guide.flush()
    const result = await api.guide.printSheet()
    if (!result.ok) {
      state.value = 'failed'
      return
    }
    if (result.value.status === 'saved') {
      fileName.value = result.value.fileName
      state.value = 'saved'
    } else {
      state.value = 'cancelled'
    }
  }

  return { state, fileName, print }
}
