import * as v from 'valibot'
import { ProfileSchema, type Profile } from '../../profile/model'
import { JobOfferDraftSchema, type JobOfferDraft } from '../model'

export { keystrokeReport, type KeystrokeReport, type ScreenKeystrokes } from './keystrokes'

/**
 * A complete sample establishment and job offer (fictional: the company, people, numbers and
 * addresses are made up; the 法人番号 has a valid check digit, the 事業所番号 the 1501-123456-7
 * shape; the domain is reserved for examples). Typed as a user would: a few values carry
 * half-width spaces and digits in 全角 fields or thousands separators in amounts (what `normalize`
 * leaves for the user to accept), so the copy panel has something to convert. Used by the unit tests, the e2e and the keystroke report.
 */

export function sampleProfile(): Profile {
  return v.parse(ProfileSchema, {
    company: {
      corporateNumber: '4110001023456',
      name: '株式会社さくら工務店',
      headOfficeDiffers: false,
      foundedYear: '1998',
      capital: '10000000',
      employeesTotal: '18',
    },
    establishment: {
      name: '株式会社さくら工務店',
      nameKana: 'カブシキガイシャ　サクラコウムテン',
      address: {
        postalCode: '950-0911',
        prefecture: '新潟県',
        city: '新潟市中央区',
        town: '笹口',
        street: '2-12-3',
        building: '',
      },
      phone: '025-123-4567',
      fax: '025-123-4568',
      representativeTitle: '代表取締役',
      representativeName: '桜井 健一',
      employeesHere: '18',
      employeesWomen: '4',
      employeesPartTime: '2',
      industryGroup: 'other',
      business: '新潟市内を中心に、木造住宅の新築・リフォーム工事の設計・施工を行っています。',
      features:
        '創業以来、地元の木材を使った家づくりを続けています。資格取得の費用は会社が負担します。',
      homepage: 'https://sakura-koumuten.example.jp/',
    },
    workplaces: [
      {
        name: '本社',
        sameAsEstablishment: true,
        station: '新潟駅',
        access: '徒歩',
        travelTime: '10',
      },
    ],
    contact: {
      department: '総務部',
      name: '佐藤 美咲',
      nameKana: 'サトウ　ミサキ',
      phone: '025-123-4567',
      extension: '',
      email: 'saiyo@sakura-koumuten.example.jp',
    },
    account: { loginEmail: 'saiyo@sakura-koumuten.example.jp' },
    record: { officeNumber: '1501-123456-7' },
    helloWork: { name: 'ハローワーク新潟', phone: '' },
  })
}

export function sampleDraft(): JobOfferDraft {
  return v.parse(JobOfferDraftSchema, {
    id: 'sample-carpenter',
    category: {
      workCategory: 'full-time',
      employmentType: 'regular',
      dispatch: 'none',
      employmentPeriod: 'indefinite',
      publication: 'full',
      onlineApplication: 'yes',
    },
    workplace: {
      choice: '0',
      smokingMeasures: 'yes',
      smoking: 'no-smoking-indoors',
      transfer: 'no',
      carCommute: 'yes',
      parking: 'yes',
      parkingNote: '無料駐車場あり',
    },
    job: {
      title: '大工（木造住宅の新築・リフォーム）',
      description:
        '新潟市内の木造住宅の新築・リフォーム現場での大工工事。\n墨付け、刻み、建て方、内装下地などを先輩と組んで行います。\n現場へは社用車で移動します。',
      changeScope: '変更なし',
      ageLimit: 'none',
      education: 'any',
      experience: 'preferred',
      experienceDetail: '建築現場での作業経験',
      pcSkills: '',
      license: 'required',
      licenseDetail: '普通自動車運転免許（AT限定不可）',
      trialPeriod: 'yes',
      trialPeriodLength: '3ヶ月',
      trialConditions: 'same',
    },
    wage: {
      wageType: 'monthly',
      baseMin: '230,000',
      baseMax: '320,000',
      allowance1Name: '資格手当',
      allowance1Amount: '10000',
      allowance1Kind: 'other',
      fixedOvertime: 'no',
      commuting: 'actual',
      commutingMax: '20000',
      closingDay: '末日',
      paymentMonth: 'next',
      paymentDay: '15日',
      raise: 'yes',
      raiseDetail: '前年度実績 月額5,000円',
      bonus: 'yes',
      bonusDetail: '年2回 計2.0ヶ月分（前年度実績）',
    },
    hours: {
      shift1Start: '08:00',
      shift1End: '17:00',
      shiftSystem: 'no',
      variableHours: 'one-year',
      overtime: 'yes',
      overtimeMonthly: '10',
      breakMinutes: '60',
      weeklyDays: '5',
      weeklyHours: '40',
      fullTimeWeeklyHours: '40',
      annualHolidays: '105',
      holidays: '日曜日、祝日、その他（会社カレンダーによる）',
      twoDaysOff: 'other',
      paidLeaveDays: '10',
    },
    insurance: {
      insurances: ['employment', 'workers-accident', 'health', 'pension'],
      retirementAge: 'yes',
      retirementAgeValue: '65',
      reemployment: 'yes',
      reemploymentMaxAge: '70',
      housingSingle: 'no',
      housingFamily: 'no',
      childcare: 'no',
    },
    pr: {
      specialNotes: '未経験の方も先輩大工が丁寧に指導します。道具は会社で用意します。',
      message: '地元新潟で長く住み継がれる家づくりを、一緒に続けていきませんか。',
    },
    selection: {
      hires: '1',
      reason: 'increase',
      methods: ['documents', 'interview'],
      resultDays: '7',
      notification: ['phone'],
      documents: ['referral', 'resume'],
    },
  })
}
