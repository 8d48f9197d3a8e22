import type { EstablishmentRow } from '../establishments'

/** Test-only: an establishment row with an empty summary (not shipped). */
export function establishmentRow(id: string, name: string, officeNumber = ''): EstablishmentRow {
  return {
    id,
    name,
    kana: '',
    autoName: false,
    changedAt: null,
    summary: {
      profileName: name,
      officeNumber,
      profileDone: 0,
      profileTotal: 30,
      profileErrors: 0,
      drafts: 0,
      draftsWithFindings: 0,
      draftsRefused: 0,
      findingsOn: null,
      guideCase: null,
      stepsDone: 0,
      stepsTotal: 0,
      deadline: null,
      endings: [],
    },
  }
}
