/** Postal code → address proposals (`postal:lookup`), from Japan Post's data in main. */

export interface PostalCandidate {
  /** 都道府県 */
  prefecture: string
  /** 市区町村 */
  city: string
  /** 町域; '' when the code covers the whole 市区町村 */
  town: string
}

export interface PostalProposal {
  /** The code as NNN-NNNN. */
  postalCode: string
  /** Empty when the code is well formed but unknown; several when the code covers several towns. */
  candidates: PostalCandidate[]
}
