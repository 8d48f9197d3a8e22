import { vi } from 'vitest'
import type { PendingEdit } from '@shared/edits'

/** Test-only: main's `edits` area for a fake `window.api`, remembering what the stores held. */
export function fakeEditsApi(pending: PendingEdit[] = []) {
  const held: PendingEdit[] = []
  return {
    held,
    edits: {
      hold: vi.fn(async (edit: PendingEdit) => {
        held.push(structuredClone(edit))
        return { ok: true, value: undefined }
      }),
      drop: vi.fn(async () => ({ ok: true, value: undefined })),
      pending: vi.fn(async () => ({ ok: true, value: pending })),
      flushed: vi.fn(async () => ({ ok: true, value: undefined })),
      flushRequest: vi.fn((_listener: (request: { requestId: number }) => void) => () => undefined),
    },
  }
}
