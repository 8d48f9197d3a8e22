/**
 * Every routed screen, as plain data: the router adds components, the navigation lists the
 * entries with a `navKey`, and the e2e suite visits each one (axe, heading, screenshots).
 */
export interface ScreenMeta {
  /** i18n key of the screen's title: the h1, the window title. */
  titleKey: string
  /**
   * i18n key of the navigation entry (a core `nav.*` message: the navigation shows on screens that
   * load no area messages); absent for screens reached from within another screen.
   */
  navKey?: string
  /** Screenshot name parts: `<area>-<screen>-<lang>.png`. */
  area: string
  screen: string
  /** Shown without the app's header and navigation (the compact copy-panel window). */
  bare?: boolean
}

/** The drafts and copy-panel screens, kept in their own lists (spread below so each keeps its literal type). */
const DRAFT_SCREENS = [
  {
    name: 'drafts',
    path: '/drafts',
    meta: {
      titleKey: 'jobOfferUi.titles.drafts',
      navKey: 'nav.drafts',
      area: 'drafts',
      screen: 'list',
    },
  },
  {
    name: 'drafts-edit',
    path: '/drafts/edit',
    meta: { titleKey: 'jobOfferUi.titles.edit', area: 'drafts', screen: 'edit' },
  },
  {
    name: 'drafts-print',
    path: '/drafts/print',
    meta: { titleKey: 'jobOfferUi.titles.print', area: 'drafts', screen: 'print' },
  },
  // The offer check of one draft (`?id=…`).
  {
    name: 'drafts-check',
    path: '/drafts/check',
    meta: { titleKey: 'jobOfferUi.check.title', area: 'offers', screen: 'check' },
  },
] as const

const COPY_SCREENS = [
  {
    name: 'copy-account',
    path: '/copy/account',
    meta: {
      titleKey: 'jobOffer.screen.account',
      navKey: 'nav.copy',
      area: 'copy',
      screen: 'account',
    },
  },
  ...(
    [
      ['record', 'record'],
      ['est-1', 'est1'],
      ['est-2', 'est2'],
      ['est-3', 'est3'],
      ['est-4', 'est4'],
      ['est-5', 'est5'],
      ['est-6', 'est6'],
      ['job-1', 'job1'],
      ['job-2', 'job2'],
      ['job-3', 'job3'],
      ['job-4', 'job4'],
      ['job-5', 'job5'],
      ['job-6', 'job6'],
      ['job-7', 'job7'],
      ['job-8', 'job8'],
    ] as const
  ).map(
    ([screen, key]) =>
      ({
        name: `copy-${screen}`,
        path: `/copy/${screen}`,
        meta: {
          titleKey: `jobOffer.screen.${key}`,
          area: 'copy',
          screen,
        },
      }) as const,
  ),
] as const

export const screens = [
  {
    name: 'home',
    path: '/',
    meta: { titleKey: 'home.title', navKey: 'nav.home', area: 'home', screen: 'main' },
  },
  // Every establishment the app keeps, each with its own profile, guide and drafts.
  {
    name: 'establishments',
    path: '/establishments',
    meta: {
      titleKey: 'establishmentsUi.title',
      navKey: 'nav.establishments',
      area: 'establishments',
      screen: 'list',
    },
  },
  // The guide, in the order of the walk; its sub-navigation lists them all.
  {
    name: 'guide',
    path: '/guide',
    meta: {
      titleKey: 'guideUi.titles.decision',
      navKey: 'nav.guideDecision',
      area: 'guide',
      screen: 'decision',
    },
  },
  {
    name: 'guide-before',
    path: '/guide/before',
    meta: {
      titleKey: 'guideUi.titles.before',
      area: 'guide',
      screen: 'before',
    },
  },
  {
    name: 'guide-steps',
    path: '/guide/steps',
    meta: {
      titleKey: 'guideUi.titles.steps',
      navKey: 'nav.guideSteps',
      area: 'guide',
      screen: 'steps',
    },
  },
  {
    name: 'guide-phone',
    path: '/guide/phone',
    meta: {
      titleKey: 'guideUi.titles.phone',
      area: 'guide',
      screen: 'phone',
    },
  },
  {
    name: 'guide-mail',
    path: '/guide/mail-help',
    meta: {
      titleKey: 'guideUi.titles.mail',
      area: 'guide',
      screen: 'mail',
    },
  },
  {
    name: 'guide-after',
    path: '/guide/after',
    meta: {
      titleKey: 'guideUi.titles.after',
      area: 'guide',
      screen: 'after',
    },
  },
  {
    name: 'guide-aftercare',
    path: '/guide/aftercare',
    meta: {
      titleKey: 'guideUi.titles.aftercare',
      area: 'guide',
      screen: 'aftercare',
    },
  },
  {
    name: 'guide-help',
    path: '/guide/help',
    meta: {
      titleKey: 'guideUi.titles.help',
      navKey: 'nav.guideHelp',
      area: 'guide',
      screen: 'help',
    },
  },
  {
    name: 'guide-sheet',
    path: '/guide/sheet',
    meta: {
      titleKey: 'guideUi.titles.sheet',
      navKey: 'nav.guideSheet',
      area: 'guide',
      screen: 'sheet',
    },
  },
  // The establishment profile: an overview, one screen per portal screen, data safety.
  {
    name: 'profile',
    path: '/profile',
    meta: { titleKey: 'profile.title', navKey: 'nav.profile', area: 'profile', screen: 'overview' },
  },
  ...(['company', 'establishment', 'details', 'workplaces', 'pr', 'account'] as const).map(
    (screen) =>
      ({
        name: `profile-${screen}`,
        path: `/profile/${screen}`,
        meta: { titleKey: `profile.screens.${screen}.title`, area: 'profile', screen },
      }) as const,
  ),
  {
    name: 'profile-data',
    path: '/profile/data',
    meta: { titleKey: 'profile.data.title', area: 'profile', screen: 'data' },
  },
  {
    name: 'profile-recovery',
    path: '/profile/recovery',
    meta: { titleKey: 'profile.recovery.title', area: 'profile', screen: 'recovery' },
  },
  // Job offer drafts and the copy panel: one copy route per portal screen, in order.
  ...DRAFT_SCREENS,
  ...COPY_SCREENS,
  {
    name: 'compact',
    path: '/compact',
    meta: { titleKey: 'jobOfferUi.titles.compact', area: 'copy', screen: 'compact', bare: true },
  },
  {
    name: 'timer',
    path: '/timer',
    meta: { titleKey: 'timer.title', navKey: 'nav.timer', area: 'timer', screen: 'main' },
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
