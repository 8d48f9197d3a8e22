/**
 * Every routed screen, as plain data: the router adds components, the navigation lists the
 * entries with a `navKey`, and the e2e suite visits each one (axe, heading, screenshots).
 */
export interface ScreenMeta {
  /** i18n key of the screen's title: the h1, the window title. */
  titleKey: string
  /** i18n key of the navigation entry; absent for screens reached from within another screen. */
  navKey?: string
  /** Screenshot name parts: `<area>-<screen>-<lang>.png`. */
  area: string
  screen: string
}

export const screens = [
  {
    name: 'home',
    path: '/',
    meta: { titleKey: 'home.title', navKey: 'nav.home', area: 'home', screen: 'main' },
  },
  {
    name: 'settings',
    path: '/settings',
    meta: { titleKey: 'settings.title', navKey: 'nav.settings', area: 'settings', screen: 'main' },
  },
  {
    name: 'about',
    path: '/about',
    meta: { titleKey: 'about.title', navKey: 'nav.about', area: 'about', screen: 'main' },
  },
] as const satisfies readonly { name: string; path: string; meta: ScreenMeta }[]

export type ScreenName = (typeof screens)[number]['name']
