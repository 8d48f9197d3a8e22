import type { Api } from '@shared/contract'

/** The preload's bridge. Kept behind one import so components never reach for `window` themselves. */
export function useApi(): Api {
  return window.api
}
