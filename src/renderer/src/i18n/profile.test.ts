import { describe, expect, it } from 'vitest'
import { FIELD_RULES } from '@shared/profile/field-rules'
import { en } from './testing/en'
import { ja } from './ja'

function has(tree: unknown, key: string): boolean {
  let node: unknown = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' && node.length > 0
}

// Keys the profile screens build at run time (not visible to the literal-key test).
const dynamicKeys = [
  ...FIELD_RULES.map((r) => r.labelKey),
  ...['zenkaku', 'hankaku-alnum', 'hankaku-digits', 'zenkaku-katakana', 'email', 'free'].map(
    (c) => `profile.chars.${c}`,
  ),
  ...['required', 'too-long', 'chars', 'risky-chars', 'format', 'check-digit', 'exceeds'].map(
    (c) => `profile.finding.${c}`,
  ),
  ...[
    'corporate-number',
    'office-number',
    'postal-code',
    'phone',
    'email',
    'year',
    'count',
    'url',
  ].map((f) => `profile.format.${f}`),
  ...['key-unavailable', 'key-missing', 'key-mismatch', 'wrong-passphrase'].map(
    (r) => `profile.recovery.reason.${r}`,
  ),
  ...['company', 'establishment', 'details', 'workplaces', 'pr', 'account'].flatMap((s) => [
    `profile.screens.${s}.title`,
    `profile.screens.${s}.short`,
    `profile.screens.${s}.intro`,
  ]),
]

describe('profile messages', () => {
  it.each(dynamicKeys)('%s exists in ja and en', (key) => {
    expect(has(ja, key)).toBe(true)
    expect(has(en, key)).toBe(true)
  })

  it('show the portal label in Japanese somewhere for every field', () => {
    for (const rule of FIELD_RULES) expect(rule.portalLabel).toMatch(/[^\x20-\x7e]|e-mail|FAX/)
  })
})
