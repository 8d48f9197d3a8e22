import { vi } from 'vitest'
import type { EstablishmentRow, EstablishmentsView } from '@shared/establishments'
import { establishmentRow } from '@shared/testing/establishments'

export { establishmentRow }

/**
 * Test-only: main's `establishments` area for a fake `window.api`: the given rows (one, `default`,
 * by default), the first active; `activate` switches and is recorded.
 */
export function fakeEstablishmentsApi(
  rows: EstablishmentRow[] = [establishmentRow('default', '事業所1')],
) {
  const view: EstablishmentsView = {
    establishments: rows,
    activeId: rows[0]?.id ?? 'default',
    removed: [],
    notice: null,
  }
  return {
    view,
    establishments: {
      list: vi.fn(async () => ({ ok: true, value: structuredClone(view) })),
      activate: vi.fn(async (id: string) => {
        view.activeId = id
        return { ok: true, value: { activeId: id } }
      }),
      changed: vi.fn((_listener: (view: EstablishmentsView) => void) => () => undefined),
      activated: vi.fn((_listener: (activated: { activeId: string }) => void) => () => undefined),
      exportTo: vi.fn(async (_passphrase: string, ids: string[]) => ({
        ok: true,
        value: {
          saved: true,
          fileName: 'x.hwnavi',
          documents: ids.length,
          establishments: ids.length,
        },
      })),
    },
  }
}
