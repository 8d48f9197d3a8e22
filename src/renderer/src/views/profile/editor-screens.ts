import type { Screen } from '@shared/profile/field-rules'
import type { ScreenCompleteness } from '@shared/field-rules/core'

/**
 * The editor's screens in the portal's order: establishment screens 1–5 (screen 6, images, belongs
 * to the job offers), then what the portal asks elsewhere (login e-mail, 事業所番号) and the
 * Hello Work office the user records for themselves.
 */
export const EDITOR_SCREENS = [
  { id: 'company', route: 'profile-company', portal: [1] },
  { id: 'establishment', route: 'profile-establishment', portal: [2] },
  { id: 'details', route: 'profile-details', portal: [3] },
  { id: 'workplaces', route: 'profile-workplaces', portal: [4] },
  { id: 'pr', route: 'profile-pr', portal: [5] },
  { id: 'account', route: 'profile-account', portal: ['account', 'record', 'app'] },
] as const satisfies ReadonlyArray<{ id: string; route: string; portal: readonly Screen[] }>

export type EditorScreen = (typeof EDITOR_SCREENS)[number]
export type EditorScreenId = EditorScreen['id']

export const isEditorScreenId = (id: unknown): id is EditorScreenId =>
  EDITOR_SCREENS.some((s) => s.id === id)

/**
 * Required fields filled on one editor screen (the sum of its portal screens), the empty ones, and
 * the ones filled with an error: a screen is done only when both lists are empty.
 */
export function progressOf(
  progress: readonly ScreenCompleteness<Screen>[],
  screen: EditorScreen,
): { filled: number; total: number; missing: string[]; invalid: string[] } {
  const portal: readonly Screen[] = screen.portal
  const parts = progress.filter((p) => portal.includes(p.screen))
  return {
    filled: parts.reduce((n, p) => n + p.filled, 0),
    total: parts.reduce((n, p) => n + p.total, 0),
    missing: parts.flatMap((p) => p.missing),
    invalid: parts.flatMap((p) => p.invalid),
  }
}
