import {
  createRouter,
  createWebHashHistory,
  type RouteComponent,
  type RouteRecordRaw,
} from 'vue-router'
import { screens, type ScreenMeta, type ScreenName } from './screens'
import HomeView from './views/HomeView.vue'

declare module 'vue-router' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RouteMeta extends Partial<ScreenMeta> {}
}

type Lazy = RouteComponent | (() => Promise<RouteComponent>)

// One component for the sixteen copy-panel screens: it reads which one from the route's meta.
const CopyScreenView = () => import('./views/copy/CopyScreenView.vue')

// One component for the six editor screens: it reads which one from the route's meta.
const ProfileScreenView = () => import('./views/profile/ProfileScreenView.vue')

/** A screen without a component here, or a component without a screen, is a compile error. */
const components: Record<ScreenName, Lazy> = {
  home: HomeView,
  establishments: () => import('./views/EstablishmentsView.vue'),
  guide: () => import('./views/guide/GuideDecisionView.vue'),
  'guide-before': () => import('./views/guide/GuideBeforeView.vue'),
  'guide-steps': () => import('./views/guide/GuideStepsView.vue'),
  'guide-phone': () => import('./views/guide/GuidePhoneKitView.vue'),
  'guide-mail': () => import('./views/guide/GuideMailHelpView.vue'),
  'guide-after': () => import('./views/guide/GuideAfterView.vue'),
  'guide-aftercare': () => import('./views/guide/GuideAftercareView.vue'),
  'guide-help': () => import('./views/guide/GuideHelpView.vue'),
  'guide-sheet': () => import('./views/guide/GuideSheetView.vue'),
  profile: () => import('./views/profile/ProfileOverviewView.vue'),
  'profile-company': ProfileScreenView,
  'profile-establishment': ProfileScreenView,
  'profile-details': ProfileScreenView,
  'profile-workplaces': ProfileScreenView,
  'profile-pr': ProfileScreenView,
  'profile-account': ProfileScreenView,
  'profile-data': () => import('./views/profile/ProfileDataView.vue'),
  'profile-recovery': () => import('./views/profile/ProfileRecoveryView.vue'),
  settings: () => import('./views/SettingsView.vue'),
  timer: () => import('./views/TimerView.vue'),
  about: () => import('./views/AboutView.vue'),
  drafts: () => import('./views/drafts/DraftsListView.vue'),
  'drafts-edit': () => import('./views/drafts/DraftEditView.vue'),
  'drafts-print': () => import('./views/drafts/DraftPrintView.vue'),
  'drafts-check': () => import('./views/drafts/DraftCheckView.vue'),
  'copy-account': CopyScreenView,
  'copy-record': CopyScreenView,
  'copy-est-1': CopyScreenView,
  'copy-est-2': CopyScreenView,
  'copy-est-3': CopyScreenView,
  'copy-est-4': CopyScreenView,
  'copy-est-5': CopyScreenView,
  'copy-est-6': CopyScreenView,
  'copy-job-1': CopyScreenView,
  'copy-job-2': CopyScreenView,
  'copy-job-3': CopyScreenView,
  'copy-job-4': CopyScreenView,
  'copy-job-5': CopyScreenView,
  'copy-job-6': CopyScreenView,
  'copy-job-7': CopyScreenView,
  'copy-job-8': CopyScreenView,
  compact: () => import('./views/copy/CompactView.vue'),
}

export const routes: RouteRecordRaw[] = [
  ...screens.map((screen): RouteRecordRaw => ({
    path: screen.path,
    name: screen.name,
    component: components[screen.name],
    meta: screen.meta,
  })),
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
