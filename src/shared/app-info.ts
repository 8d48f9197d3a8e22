export interface DataSource {
  /** i18n key of the source's name under `about.sources`. */
  id: string
  /** Version of the package that carries it, when it comes from one. */
  version?: string
  /** The date the data is valid as of (ISO yyyy-mm-dd), or the package release. */
  asOf: string
  /** Extra words for the about screen, e.g. which years are predictions. */
  noteKey?: string
}

/** A package the app ships, from the list the build generates (scripts/release/licences.ts). */
export interface LicenceEntry {
  name: string
  version: string
  licence: string
  /** The package's own licence text(s), as shipped in THIRD-PARTY-LICENSES.txt. */
  text: string
}

export interface AppInfo {
  name: string
  version: string
  electron: string
  chrome: string
  node: string
  platform: string
  sources: DataSource[]
  licences: LicenceEntry[]
}

/**
 * A fault inside the main process that nothing else caught: the user is told (the app keeps
 * running, what was saved is safe), and the log has the event without any value typed.
 */
export type FaultKind = 'uncaught-exception' | 'unhandled-rejection'

export interface FaultNotice {
  kind: FaultKind
  /** Main's clock when the latest one happened. */
  at: number
  /** How many so far in this run. */
  count: number
}
