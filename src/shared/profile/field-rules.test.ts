import { describe, expect, it } from 'vitest'
import {
  FIELD_RULES,
  JOB_TITLE_MAX_LENGTH,
  LOGIN_EMAIL_MAX_LENGTH,
  checkField,
  checkProfile,
  completeness,
  ruleFor,
  valueAt,
} from './field-rules'
import { emptyProfile, SHORT_TEXT_MAX, type Profile } from './model'

function filledProfile(): Profile {
  const p = emptyProfile()
  p.company.corporateNumber = '7000012050002'
  p.company.name = '株式会社テスト'
  p.company.employeesTotal = '30'
  Object.assign(p.establishment, {
    name: '株式会社テスト　渋谷支店',
    nameKana: 'カブシキガイシャテスト　シブヤシテン',
    phone: '03-1234-5678',
    representativeTitle: '代表取締役',
    representativeName: '山田　太郎',
    employeesHere: '12',
    employeesWomen: '5',
    employeesPartTime: '3',
    business: '食品の製造販売',
  })
  Object.assign(p.establishment.address, {
    postalCode: '150-0002',
    prefecture: '東京都',
    city: '渋谷区',
    town: '渋谷',
    street: '１－２－３',
  })
  Object.assign(p.contact, {
    name: '佐藤　花子',
    nameKana: 'サトウ　ハナコ',
    phone: '03-1234-5679',
  })
  p.workplaces[0]!.sameAsEstablishment = true
  p.account.loginEmail = 'saiyo@example.co.jp'
  return p
}

describe('the table', () => {
  it('has unique ids and label keys, and every id names a string of the model', () => {
    const ids = FIELD_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(FIELD_RULES.map((r) => r.labelKey)).size).toBe(ids.length)
    const p = emptyProfile()
    for (const id of ids) expect(valueAt(p, id.replace('*', '0')), id).toBe('')
  })

  it('records what is known and how surely', () => {
    expect(ruleFor('company.corporateNumber')).toMatchObject({
      portalLabel: '法人番号',
      screen: 1,
      maxLength: 13,
      chars: 'hankaku-digits',
      certainty: { required: 'verified', format: 'verified' },
    })
    expect(ruleFor('account.loginEmail')).toMatchObject({
      screen: 'account',
      maxLength: 100,
      certainty: { maxLength: 'verified', chars: 'verified' },
    })
    expect(ruleFor('record.officeNumber')).toMatchObject({
      screen: 'record',
      certainty: { format: 'third-party' },
    })
    expect(ruleFor('establishment.nameKana')?.certainty.chars).toBe('unverified')
    expect(ruleFor('workplaces.3.station')?.id).toBe('workplaces.*.station')
    expect(ruleFor('workplaces.*.station')?.labelKey).toBe('profile.field.workplaces.station')
    expect(LOGIN_EMAIL_MAX_LENGTH).toBe(100)
    expect(JOB_TITLE_MAX_LENGTH).toBe(28)
  })
})

describe('checkField', () => {
  it('法人番号: verified, so errors', () => {
    expect(checkField('company.corporateNumber', '7000012050002')).toEqual([])
    expect(checkField('company.corporateNumber', '8000012050002')).toEqual([
      {
        field: 'company.corporateNumber',
        code: 'check-digit',
        severity: 'error',
        params: { format: 'corporate-number' },
      },
    ])
    expect(checkField('company.corporateNumber', '700001205000')).toEqual([
      {
        field: 'company.corporateNumber',
        code: 'format',
        severity: 'error',
        params: { format: 'corporate-number' },
      },
    ])
    expect(checkField('company.corporateNumber', '')).toEqual([
      { field: 'company.corporateNumber', code: 'required', severity: 'error' },
    ])
  })

  it('法人番号 is not required of a 個人事業主', () => {
    const p = emptyProfile()
    p.company.soleProprietor = true
    expect(checkField('company.corporateNumber', '', p)).toEqual([])
    expect(checkField('company.name', '', p)).toEqual([])
  })

  it('login e-mail: verified limit and characters give errors', () => {
    const long = `${'a'.repeat(89)}@example.jp` // 89 + 11 = 100
    expect(checkField('account.loginEmail', long)).toEqual([])
    expect(checkField('account.loginEmail', `a${long}`)).toEqual([
      {
        field: 'account.loginEmail',
        code: 'too-long',
        severity: 'error',
        params: { max: 100, length: 101 },
      },
    ])
    // Full-width letters are settled on blur and converted when copied: nothing to say.
    expect(checkField('account.loginEmail', 'ｉｎｆｏ@example.jp')).toEqual([])
    expect(checkField('account.loginEmail', '採用@example.jp')).toEqual([
      {
        field: 'account.loginEmail',
        code: 'chars',
        severity: 'error',
        params: { expected: 'email' },
      },
    ])
    expect(checkField('account.loginEmail', 'info@')).toEqual([
      {
        field: 'account.loginEmail',
        code: 'format',
        severity: 'error',
        params: { format: 'email' },
      },
    ])
  })

  it('an unverified limit only warns', () => {
    // 10 digits, a valid phone shape, but 14 characters against an unverified limit of 13.
    expect(checkField('establishment.phone', '03-12-34-56-78')).toEqual([
      {
        field: 'establishment.phone',
        code: 'too-long',
        severity: 'warning',
        params: { max: 13, length: 14 },
      },
    ])
  })

  it('事業所番号: third-party shape, so warnings only', () => {
    expect(checkField('record.officeNumber', '1301-123456-7')).toEqual([])
    expect(checkField('record.officeNumber', '13011234567')).toEqual([])
    const bad = checkField('record.officeNumber', '1301-1234567-8')
    expect(bad.map((f) => [f.code, f.severity])).toEqual([
      ['too-long', 'warning'],
      ['format', 'warning'],
    ])
    expect(checkField('record.officeNumber', '')).toEqual([])
  })

  it('unverified character classes and risky characters warn', () => {
    expect(checkField('establishment.nameKana', 'ABC')).toEqual([
      {
        field: 'establishment.nameKana',
        code: 'chars',
        severity: 'warning',
        params: { expected: 'zenkaku-katakana' },
      },
    ])
    // ㈱ and ① are converted when copied; 𩸽 has no replacement and stays in the pasted text.
    expect(checkField('establishment.name', '㈱テスト①')).toEqual([])
    expect(checkField('establishment.name', '𩸽屋㈱')).toEqual([
      {
        field: 'establishment.name',
        code: 'risky-chars',
        severity: 'warning',
        params: { chars: '𩸽', count: 1 },
      },
    ])
    expect(checkField('establishment.employeesHere', '１２')).toEqual([])
    expect(checkField('establishment.employeesHere', '約12')).toEqual([
      {
        field: 'establishment.employeesHere',
        code: 'chars',
        severity: 'warning',
        params: { expected: 'hankaku-digits' },
      },
    ])
  })

  it('names the unit, commas or era of a number and offers the value', () => {
    expect(checkField('establishment.employeesHere', '２５人')).toEqual([
      {
        field: 'establishment.employeesHere',
        code: 'format',
        severity: 'warning',
        params: { format: 'count', problem: 'unit', proposal: '25', unit: '人' },
      },
    ])
    expect(checkField('company.capital', '10,000,000')).toEqual([
      {
        field: 'company.capital',
        code: 'format',
        severity: 'warning',
        params: { format: 'yen', problem: 'commas', proposal: '10000000' },
      },
    ])
    expect(checkField('company.foundedYear', '平成10年')).toEqual([
      {
        field: 'company.foundedYear',
        code: 'format',
        severity: 'warning',
        params: {
          format: 'year',
          problem: 'era',
          proposal: '1998',
          era: '平成',
          eraYear: 10,
          year: 1998,
        },
      },
    ])
  })

  it('finds nothing wrong with a tab or a control character: the copy removes them', () => {
    expect(checkField('establishment.name', 'さくら\t工務店')).toEqual([])
    expect(checkField('establishment.name', '\t\u0007')).toEqual([
      { field: 'establishment.name', code: 'required', severity: 'warning' },
    ])
  })

  it('works on concrete 就業場所 paths and refuses unknown ones', () => {
    expect(checkField('workplaces.1.travelTime', '１０分')).toEqual([
      {
        field: 'workplaces.1.travelTime',
        code: 'format',
        severity: 'warning',
        params: { format: 'count', problem: 'unit', proposal: '10', unit: '分' },
      },
    ])
    expect(checkField('workplaces.0.station', '渋谷駅')).toEqual([])
    expect(checkField('establishment.nope', 'x')).toEqual([
      { field: 'establishment.nope', code: 'unknown-field', severity: 'error' },
    ])
  })
})

describe('checkProfile', () => {
  it('a filled profile has no findings', () => {
    expect(checkProfile(filledProfile())).toEqual([])
  })

  it('asks for the head office and own workplace address only when they apply', () => {
    const p = filledProfile()
    p.company.headOfficeDiffers = true
    p.workplaces[0]!.sameAsEstablishment = false
    p.workplaces[0]!.address.postalCode = '１５０'
    const fields = checkProfile(p).map((f) => `${f.field}:${f.code}`)
    expect(fields).toEqual([
      'company.headOffice.postalCode:required',
      'company.headOffice.prefecture:required',
      'company.headOffice.city:required',
      'company.headOffice.street:required',
      'workplaces.0.address.postalCode:format',
      'workplaces.0.address.prefecture:required',
      'workplaces.0.address.city:required',
      'workplaces.0.address.street:required',
    ])
  })

  it('warns when a part of the workforce exceeds the whole, and when there is no workplace', () => {
    const p = filledProfile()
    p.establishment.employeesWomen = '31'
    p.workplaces = []
    expect(checkProfile(p)).toEqual([
      { field: 'workplaces', code: 'required', severity: 'warning' },
      {
        field: 'establishment.employeesWomen',
        code: 'exceeds',
        severity: 'warning',
        params: { other: 'company.employeesTotal', max: 30 },
      },
    ])
  })
})

describe('completeness', () => {
  it('counts required fields per portal screen', () => {
    const summary = completeness(emptyProfile())
    expect(summary.map((s) => [s.screen, s.filled, s.total])).toEqual([
      [1, 0, 3], // 法人番号, 法人名, 従業員数（企業全体）
      [2, 0, 12], // カナ, 名, 郵便番号, 都道府県, 市区町村, 番地, 電話, 役職, 代表者名, 担当者 ×3
      [3, 0, 4], // 就業場所, 女性, パート, 事業内容
      [4, 0, 4], // the one workplace's 郵便番号, 都道府県, 市区町村, 番地
      [5, 0, 0],
      [6, 0, 0],
      ['account', 0, 1],
      ['record', 0, 0],
    ])
    expect(summary[0]?.missing).toEqual([
      'company.corporateNumber',
      'company.name',
      'company.employeesTotal',
    ])
  })

  it('follows the profile: filled fields, 個人事業主, several workplaces', () => {
    const p = filledProfile()
    p.company.soleProprietor = true
    p.company.corporateNumber = ''
    p.workplaces.push({ ...p.workplaces[0]!, sameAsEstablishment: false })
    const summary = completeness(p)
    expect(summary.map((s) => [s.screen, s.filled, s.total])).toEqual([
      [1, 1, 1],
      [2, 12, 12],
      [3, 4, 4],
      [4, 0, 4],
      [5, 0, 0],
      [6, 0, 0],
      ['account', 1, 1],
      ['record', 0, 0],
    ])
    expect(summary[3]?.missing).toEqual([
      'workplaces.1.address.postalCode',
      'workplaces.1.address.prefecture',
      'workplaces.1.address.city',
      'workplaces.1.address.street',
    ])
  })
})

describe('a field with an error is never done', () => {
  it('an invalid 法人番号 and login e-mail are not counted as filled, and are listed', () => {
    const p = filledProfile()
    const before = completeness(p)
    p.company.corporateNumber = '7-1234-5678-9012'
    p.account.loginEmail = 'a@b@c.example'
    const summary = completeness(p)
    const screen1 = summary.find((s) => s.screen === 1)
    const account = summary.find((s) => s.screen === 'account')
    expect(screen1?.invalid).toEqual(['company.corporateNumber'])
    expect(screen1?.filled).toBe((before.find((s) => s.screen === 1)?.filled ?? 0) - 1)
    expect(account).toMatchObject({
      filled: 0,
      total: 1,
      missing: [],
      invalid: ['account.loginEmail'],
    })
    expect(summary.find((s) => s.screen === 2)?.invalid).toEqual([])
  })

  it('an optional field with an error is listed too (its screen is not complete)', () => {
    const p = filledProfile()
    p.contact.extension = 'あ'.repeat(SHORT_TEXT_MAX + 1)
    const summary = completeness(p)
    expect(summary.find((s) => s.screen === 2)?.invalid).toEqual(['contact.extension'])
  })
})
