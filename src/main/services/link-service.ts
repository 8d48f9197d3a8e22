import { DomainError } from '@shared/ipc/result'
import { isAllowedExternal } from '@shared/links'
import type { ShellPort } from './ports'

/** C0 and C1 controls and DEL: never part of a link the app offers. */
const hasControl = (raw: string): boolean => {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true
  }
  return false
}

export class LinkService {
  constructor(private readonly shell: ShellPort) {}

  /**
   * The OS gets the URL exactly as it was checked: the parsed href. A string that parses to
   * something else (other case, a dot segment, an escape added) is refused rather than repaired,
   * so what was checked and what is opened can never differ.
   */
  async openExternal(raw: string): Promise<void> {
    if (hasControl(raw) || !isAllowedExternal(raw)) {
      throw new DomainError('forbidden', '0', 'link not on the allow-list')
    }
    const href = new URL(raw).href
    if (href !== raw) throw new DomainError('forbidden', '0', 'link is not in its normal form')
    await this.shell.openExternal(href)
  }
}
