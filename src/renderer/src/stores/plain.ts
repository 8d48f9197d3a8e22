import { toRaw } from 'vue'

/**
 * A plain copy of a store's document for main (the IPC bridge clones plain data only). It reads
 * the raw object under the reactive proxy: the proxy's traps on every field would cost a keystroke
 * more than the copy itself.
 */
export const plainCopy = <T>(value: T): T =>
  JSON.parse(JSON.stringify(toRaw(value) as unknown)) as T
