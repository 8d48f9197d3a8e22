import type { DataSource, LicenceEntry } from '@shared/app-info'
import type { Emit, Handlers } from '@shared/contract'
import { AppInfoService } from './app-info-service'
import { ClipboardService } from './clipboard-service'
import { LinkService } from './link-service'
import type { Clock, ClipboardPort, KeyValueStore, RuntimeInfo, ShellPort } from './ports'
import { ProfileService } from './profile/profile-service'
import type { VaultStore } from './vault'
import { SettingsService, type SettingsData } from './settings-service'

/** Everything the services need from outside: Electron adapters in the app, fakes in tests. */
export interface ServicePorts {
  settingsStore: KeyValueStore<SettingsData>
  clipboard: ClipboardPort
  shell: ShellPort
  runtime: RuntimeInfo
  sources: DataSource[]
  licences: LicenceEntry[]
  /** Main → renderer events (the timer's state changes). */
  emit: Emit
  clock: Clock
  /** The encrypted document vault, already opened (or locked) by the composition root. */
  vault: VaultStore
}

export function createServices(ports: ServicePorts) {
  return {
    appInfo: new AppInfoService(ports.runtime, ports.sources, ports.licences),
    settings: new SettingsService(ports.settingsStore),
    clipboard: new ClipboardService(ports.clipboard),
    links: new LinkService(ports.shell),
    vault: ports.vault,
    profile: new ProfileService(ports.vault, ports.clock),
  }
}

export type Services = ReturnType<typeof createServices>

/** The handler table: one entry per contract call; a missing or mistyped one is a compile error. */
export function createHandlers(s: Services): Handlers {
  return {
    app: { info: () => s.appInfo.info() },
    settings: {
      get: () => s.settings.get(),
      setLocale: (locale) => s.settings.setLocale(locale),
    },
    shell: { openExternal: (url) => s.links.openExternal(url) },
    clipboard: { copy: (text) => s.clipboard.copy(text) },
    profile: {
      get: (profileId) => s.profile.get(profileId),
      save: (profileId, profile) => s.profile.save(profileId, profile),
    },
  }
}
