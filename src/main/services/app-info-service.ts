import type { AppInfo, DataSource, LicenceEntry } from '@shared/app-info'
import type { RuntimeInfo } from './ports'

export class AppInfoService {
  constructor(
    private readonly runtime: RuntimeInfo,
    private readonly sources: DataSource[],
    /** Read on first use: only the About screen needs them. */
    private readonly licences: () => LicenceEntry[],
  ) {}

  info(): AppInfo {
    return {
      name: 'hellowork-mypage-prep',
      version: this.runtime.appVersion,
      electron: this.runtime.electron,
      chrome: this.runtime.chrome,
      node: this.runtime.node,
      platform: this.runtime.platform,
      sources: this.sources,
      licences: this.licences(),
    }
  }
}
