import type { GuideMessageKey } from './i18n'

/** The guide's contacts section (【ハローワークインターネットサービスはこちらから】 and below). */

export const PORTAL_URL = 'https://www.hellowork.mhlw.go.jp/'

export const HELPDESK_CONTACT = {
  headingKey: 'contacts.helpdeskHeading',
  phone: '0570-077450',
  /** tel: form for a click-to-call link. */
  phoneUri: 'tel:0570077450',
  /** Carries {phone}; the hours are the guide's own words (see helpdesk.ts for the logic). */
  phoneLineKey: 'contacts.phoneLine',
  /** ナビダイヤル: call charges apply, and some lines cannot connect. */
  navidial: true,
  navidialKeys: ['contacts.navidialCharge', 'contacts.navidialLines'],
  mail: 'helpdesk@hd.hellowork.mhlw.go.jp',
  mailLabelKey: 'contacts.mailLabel',
} as const satisfies {
  headingKey: GuideMessageKey
  phoneLineKey: GuideMessageKey
  navidialKeys: readonly GuideMessageKey[]
  mailLabelKey: GuideMessageKey
  [other: string]: unknown
}

export const PORTAL_CONTACT = {
  headingKey: 'contacts.portalHeading',
  nameKey: 'contacts.portalName',
  url: PORTAL_URL,
} as const satisfies { headingKey: GuideMessageKey; nameKey: GuideMessageKey; url: string }

/**
 * 「求人者マイページ利用者マニュアル」: the guide links it without an address, so the portal's top page
 * stands in until someone verifies the manual's page.
 */
export const MANUAL = {
  title: '求人者マイページ利用者マニュアル',
  introKey: 'contacts.manualIntro',
  linkKey: 'contacts.manualLink',
  url: PORTAL_URL,
  verified: false,
  notVerifiedKey: 'contacts.manualNotVerified',
} as const satisfies {
  introKey: GuideMessageKey
  linkKey: GuideMessageKey
  notVerifiedKey: GuideMessageKey
  [other: string]: unknown
}

/** 【求人者マイページのお問い合わせ】: questions about the My Page itself go to the nearest Hello Work. */
export const MY_PAGE_INQUIRY = {
  headingKey: 'contacts.myPageHeading',
  textKey: 'contacts.myPageNearest',
} as const satisfies { headingKey: GuideMessageKey; textKey: GuideMessageKey }
