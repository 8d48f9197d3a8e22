import type { DraftChoice } from '@shared/desktop/view'

/**
 * Which draft the copy panels copy from. The main window and the compact window are separate pages:
 * a choice made in either is kept here (in memory, for this run) and sent to both.
 */
export class CopyPanelService {
  private choice: DraftChoice | null = null

  constructor(private readonly onChosen: (choice: DraftChoice) => void) {}

  chosen(): DraftChoice | null {
    return this.choice
  }

  choose(profileId: string, draftId: string | null): DraftChoice {
    this.choice = { profileId, draftId }
    this.onChosen(this.choice)
    return this.choice
  }
}
