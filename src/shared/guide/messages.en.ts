import type { GuideMessages } from './messages.ja'

/**
 * English texts of the guide. Portal labels stay in Japanese (the user has to find them on a Japanese
 * screen) and are followed by an English gloss.
 */
export const guideEn: GuideMessages = {
  title: 'How to open your My Page',
  cases: {
    case1: {
      shortName: 'Case 1',
      heading: 'If you have filed a job offer with Hello Work before (if not, see case 2)',
      chooseMethod: 'In case 1, choose one of the following methods',
    },
    case1_1: {
      shortName: 'Case 1-①',
      option:
        '① Have your Hello Work e-mail address registered at the counter, by phone or similar',
      heading: '① Registering the Hello Work e-mail address at the counter, by phone or similar',
    },
    case1_2: {
      shortName: 'Case 1-②',
      option: '② Register everything from your PC (you must enter a job offer anew once)',
      heading: '② Registering everything from your PC',
    },
    case2: {
      shortName: 'Case 2',
      heading: 'If you are filing a job offer with Hello Work for the first time',
    },
  },
  decision: {
    questions: {
      filedBefore: {
        prompt: 'Has your business ever filed a job offer with Hello Work?',
        yes: 'Yes',
        no: 'No (this is the first time)',
        unsure: 'I am not sure',
      },
      method: {
        prompt: 'In case 1, choose one of the following methods',
      },
    },
    costs: {
      case1_1: {
        summary:
          'First contact Hello Work (at the counter, by phone or similar), then follow a few short online steps.',
        first: 'Have your e-mail address registered at the counter or by phone',
        then: '{count} short online steps (steps {from}–{to})',
      },
      case1_2: {
        summary: 'Everything happens on your PC, but you must enter a job offer anew once.',
        first: 'Register your e-mail address and a password online',
        then: 'Enter a job offer anew, then wait for Hello Work to check it (本登録, final registration)',
      },
      case2: {
        summary:
          'Provisionally register your establishment and job offer online in one go, then complete the final registration with Hello Work.',
        first: 'Register your e-mail address and a password online',
        then: 'Enter establishment and job offer in one go, then final registration at the counter or by phone',
      },
    },
    unsure: {
      note: '※ If you do not know whether you have ever filed a job offer with Hello Work, ask the Hello Work office with jurisdiction.',
      whoPrimary:
        'The Hello Work office with jurisdiction (the office in charge of your establishment’s address)',
      whoSecondary:
        'For questions about using the My Page itself: the Hello Work Internet Service helpdesk',
      haveReady: {
        title: 'Have this at hand before you call',
        establishmentName: 'Name of the establishment (company or trade name)',
        address: 'Address of the establishment',
        phone: 'Phone number of the establishment',
        officeNumber: 'Employment-insurance establishment number (事業所番号), if you know it',
      },
      ask: {
        title: 'What to ask',
        filedBefore: 'Whether this establishment has ever filed a job offer with Hello Work',
        officeNumber: 'If it has: the establishment number (事業所番号)',
        registerMail:
          'Whether they can register your My Page e-mail address at the counter or by phone (method ①)',
      },
    },
  },
  steps: {
    case1_1: {
      s1: 'Contact Hello Work (at the counter, by phone or similar) and have your Hello Work e-mail address registered directly',
      s2: 'Go to the Hello Work Internet Service and click 「{openMyPage}」 (Open employer My Page – register password)',
      s3: 'Accept the terms of use and so on, and enter the e-mail address registered in step 1',
      s4: 'An authentication key (認証キー) arrives at the e-mail address entered in step 3',
      s5: 'Enter the authentication key received in step 4 and register a password: your My Page is open',
    },
    case1_2: {
      s1: 'Go to the Hello Work Internet Service and click 「{kariToroku}」 (Register establishment / file job offer – provisional registration)',
      s2: 'Register your e-mail address',
      s3: 'An authentication key (認証キー) arrives at the e-mail address entered in step 2',
      s4: 'Enter the authentication key received in step 3 and register a password',
      s5: 'Click 「{registerEstablishmentAndJobOffer}」 (Register establishment and job offer information)',
      s6: 'On the 「{jobOfferHistory}」 (job offer history) screen, choose 「{filedBeforeOption}」 (I have filed a job offer with Hello Work before), enter your establishment number (事業所番号) and click 「{enterJobOffer}」 (Enter job offer information) (※1)',
      s7: 'Fill in the required items and complete the provisional registration (仮登録) of the job offer',
      s8: 'Hello Work checks it (final registration, 本登録)',
    },
    case2: {
      s1: 'Go to the Hello Work Internet Service\nClick 「{kariToroku}」 (Register establishment / file job offer – provisional registration)',
      s2: 'Register your e-mail address',
      s3: 'An authentication key (認証キー) arrives at the e-mail address entered in step 2',
      s4: 'Enter the authentication key received in step 3 and register a password',
      s5: 'Provisional registration (仮登録) of establishment and job offer information',
      s6: 'Complete the final registration (本登録) at a Hello Work counter or by phone: your My Page is open',
    },
  },
  portalLinks: {
    case1_1: 'Step 2: 「{openMyPage}」 is here!',
    case1_2: 'Step 1: 「{kariToroku}」 is here!',
  },
  notes: {
    sharedAddress: 'We recommend an address that can be shared within your organisation',
    authKeyValidity: 'The authentication key is valid for {minutes} minutes',
    continueToStep5: '⇒ Continue straight on to step 5',
    oneSitting:
      '《Note》 Enter the establishment information and the job offer (provisional registration) in one go',
    officeNumberUnknown:
      '※1 If you do not know your establishment number (事業所番号), ask the Hello Work office with jurisdiction.',
    officeNumberWhereToFind:
      'The establishment number is printed on employment-insurance (雇用保険) documents, such as the employer’s copy of the 資格取得届 (notification of acquisition of insured status).',
    allowSender:
      '※ If you restrict incoming mail, allow mail from “{sender}” before you start registering your password.',
    honTorokuContact: 'After checking the contents, Hello Work will contact you if necessary',
    honTorokuDeadline:
      'In some cases the final registration (本登録) must be done at Hello Work within {days} days of the provisional registration.',
    loginMailboxOtp:
      'Since January 2025 a one-time password is mailed to the login e-mail address when you log in (you can choose to skip entering it for a set period). Every future login needs this address, so choose one that will keep receiving mail.',
    honTorokuInPerson:
      'The guide says the final registration is done “at the counter or by phone”; the 2020 leaflet 「求人者マイページ」のご案内 says to come to Hello Work for it. Check with your Hello Work office beforehand whether they accept it by phone.',
  },
  labelGloss: {
    openMyPage: 'Open employer My Page (register password)',
    kariToroku: 'Register establishment / file job offer (provisional registration)',
    registerEstablishmentAndJobOffer: 'Register establishment and job offer information',
    jobOfferHistory: 'Job offer history',
    filedBeforeOption: 'I have filed a job offer with Hello Work before',
    enterJobOffer: 'Enter job offer information',
  },
  where: {
    phoneOrCounter: 'Hello Work counter or phone',
    portal: 'Hello Work Internet Service',
    mail: 'E-mail',
    helloWork: 'Hello Work',
  },
  profileFields: {
    loginEmail: 'Login e-mail address',
    officeNumber: 'Establishment number (事業所番号)',
    establishment: 'Establishment information',
    jobOffer: 'Job offer information',
  },
  contacts: {
    portalHeading: '[Go to the Hello Work Internet Service]',
    portalName: 'Hello Work Internet Service',
    helpdeskHeading: 'Questions about using the Hello Work Internet Service or the My Page',
    phoneLine:
      'Phone {phone}, Monday to Friday 9:30–18:00 Japan time (except the year-end and New Year holidays and national holidays)',
    navidialCharge: '※ This is a Navi Dial number: call charges apply.',
    navidialLines: '※ Depending on your phone line, the call may not connect.',
    mailLabel: 'E-mail',
    manualIntro: 'A detailed manual is also published on the Hello Work Internet Service.',
    manualLink:
      'Detailed instructions for the employer My Page: 「求人者マイページ利用者マニュアル」 (Employer My Page user manual)',
    manualNotVerified:
      'The manual’s exact page has not been verified, so this opens the top page of the Hello Work Internet Service.',
    myPageHeading: '[Questions about the employer My Page]',
    myPageNearest: 'Please ask your nearest Hello Work office',
  },
  calendar: {
    closed: {
      saturday: 'Saturday',
      sunday: 'Sunday',
      holiday: 'National holiday',
      yearEnd: 'Year-end and New Year break (29 December – 3 January)',
    },
    predictedHoliday: 'This holiday is a prediction (holidays from {year} on may still change).',
    honToroku: {
      title: 'Deadline for the final registration',
      rule: 'If any of the following applies, the final registration (本登録) must be done at Hello Work within {days} days, counted from the day after the provisional registration. If the last day falls on a day Hello Work is closed, the deadline is the open day before it.',
      source:
        'Source: the leaflet 「求人者マイページ」のご案内 ({date}). Please check the current rules with the Hello Work office with jurisdiction.',
      questionsTitle: 'Tick what applies',
      questions: {
        firstOfferViaMyPage: 'This is the first job offer filed through the employer My Page',
        myPageOpenedAtCounter: 'The employer My Page was opened at a Hello Work counter',
        firstOfferForDisabilitiesOrTrial:
          'It is an offer only for people with disabilities (障害者専用求人), a trial-employment offer (トライアル雇用求人) or a short-hours trial-employment offer for people with disabilities (障害者（短時間）トライアル雇用求人), and the first of its kind you file since January 2020',
        noOfferInPastYear: 'No job offer has been filed with Hello Work in the past year',
        dispatchOrContracting: 'This is a dispatch (派遣) or contracting (請負) job offer',
        helloWorkAsked: 'In any other case, Hello Work has asked for the final registration',
      },
      deadline: 'Final registration deadline: {date}',
      moved: '{nominal} is a closed day ({reason}), so the deadline is the open day before it.',
    },
  },
  helpdesk: {
    open: 'Open now (until {time})',
    closed: 'Closed now',
    nextOpening: 'Opens next: {datetime}',
    yearEndAssumption:
      'The year-end break is taken as 29 December – 3 January (the guide does not give the dates).',
  },
  spell: {
    allLowercase: 'All letters are lower case',
    hasUppercase: 'The address contains capital letters: say which letters are capitals',
    upper: 'capital',
    lower: 'small',
    invalidChar:
      'The address contains characters a login e-mail address cannot use (such as full-width characters). Use half-width letters, digits and symbols',
    confusablesTitle: 'Easily confused characters',
    soundsAlikeHint: 'For letters that sound alike, add a word: “B as in Bravo”',
    confusable: {
      zeroOh: 'The digit 0 (zero) and the letters O / o',
      oneEllEye: 'The digit 1 (one), small l (ell) and capital I (eye)',
      rnM: 'The letters r n side by side (rn) and m',
      vvW: 'Two v side by side (vv) and w',
      hyphenUnderscore: 'Hyphen (-) and underscore (_)',
      qNine: 'The letters q / g and the digit 9',
      sFive: 'The letters S / s and the digit 5',
      zTwo: 'The letters Z / z and the digit 2',
      bEight: 'The letter B and the digit 8',
    },
  },
}
