import { DomainError } from '@shared/ipc/result'
import { isAllowedExternal } from '@shared/links'
import type { ShellPort } from './ports'

export class LinkService {
  constructor(private readonly shell: ShellPort) {}

  async openExternal(url: string): Promise<void> {
    if (!isAllowedExternal(url))
      throw new DomainError('forbidden', '0', 'link not on the allow-list')
    await this.shell.openExternal(url)
  }
}
