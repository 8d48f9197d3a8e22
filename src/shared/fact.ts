/**
 * How sure a fact is, in the labels of the research it comes from: read on an official page
 * (mhlw.go.jp, a labour bureau or Hello Work office, a gazette reprint, a prefecture or
 * municipality), from a news report of such a decision, from secondary sources only (社労士 pages,
 * HR media, law-text mirrors), or inferred by us with no source saying it.
 */
export const FACT_CERTAINTIES = ['official', 'news', 'secondary', 'inferred'] as const
export type FactCertainty = (typeof FACT_CERTAINTIES)[number]

/** Where a fact comes from. `url` is null where the research names the page but not its address. */
export interface FactSource {
  title: string
  url: string | null
  /** The day the page was read ('YYYY-MM-DD'). */
  asOf: string
}

/**
 * A page the sources read cite, but that was not itself read: its address only, with no as-of day
 * and nothing claimed about what it says. Not a `FactSource`, so no fact can rest on it.
 */
export interface UnreadLink {
  title: string
  url: string
  read: false
}
