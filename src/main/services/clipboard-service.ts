import type { ClipboardPort } from './ports'

export class ClipboardService {
  private lastWritten: string | null = null

  constructor(private readonly clipboard: ClipboardPort) {}

  async copy(text: string): Promise<void> {
    await this.clipboard.writeText(text)
    this.lastWritten = text
  }

  /** On quit: clear only if the clipboard still holds what we copied, never the user's own text. */
  async clearIfUnchanged(): Promise<boolean> {
    if (this.lastWritten === null) return false
    const unchanged = (await this.clipboard.readText()) === this.lastWritten
    if (unchanged) await this.clipboard.writeText('')
    this.lastWritten = null
    return unchanged
  }
}
