import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import * as v from 'valibot'
import { emptyProfile, ProfileSchema, type Profile } from '../profile/model'
import { normalize } from '../profile/normalize'
import { portalText } from '../profile/settle'
import { sampleDraft, sampleProfile } from './testing/fixtures'
import { emptyDraft, JobOfferDraftSchema } from './model'
import { OPTION_LISTS } from './options'
import { PORTAL_SCREENS, copyItemsForScreen, screenCertainty, type CopyItem } from './portal-text'

// Every expected string below is written by hand.

describe('portalText: 全角 fields', () => {
  const zen = (s: string) => portalText(s, { chars: 'zenkaku' })

  it('turns half-width kana and spaces full-width (one 全角 space per space)', () => {
    expect(zen('ｶﾌﾞｼｷｶﾞｲｼｬ ﾃｽﾄ')).toBe('カブシキガイシャ　テスト')
    expect(zen('ﾊﾟﾝ  ｺｳﾎﾞｳ')).toBe('パン　　コウボウ')
  })

  it('turns half-width ASCII full-width, mixed with kanji', () => {
    expect(zen('ABC商事 2-12-3')).toBe('ＡＢＣ商事　２－１２－３')
    expect(zen('普通自動車運転免許（AT限定不可）')).toBe('普通自動車運転免許（ＡＴ限定不可）')
  })

  it('normalises dashes between digits, but not the long vowel mark in words', () => {
    expect(zen('2ー12ー3')).toBe('２－１２－３')
    expect(zen('２−１２‐３')).toBe('２－１２－３')
    expect(zen('ハローワーク')).toBe('ハローワーク')
  })

  it('replaces machine-dependent and non-JIS characters, removes emoji', () => {
    expect(zen('㈱山田商店')).toBe('（株）山田商店')
    expect(zen('髙橋')).toBe('高橋')
    expect(zen('山﨑')).toBe('山崎')
    expect(zen('第①工場')).toBe('第（１）工場')
    expect(zen('未経験歓迎😀')).toBe('未経験歓迎')
  })

  it('trims the ends (half- and full-width spaces) and keeps line breaks where they belong', () => {
    expect(zen('　 大工 ')).toBe('大工')
    expect(portalText('一行目\r\n二行目', { chars: 'zenkaku', multiline: true })).toBe(
      '一行目\n二行目',
    )
    expect(zen('一行目\r\n二行目')).toBe('一行目二行目')
  })

  it('removes tabs and other control characters', () => {
    expect(zen('さくら\t工務店')).toBe('さくら工務店')
    expect(zen('さくら\u0000工務店\u007f')).toBe('さくら工務店')
    expect(portalText('9\t50-0911', { chars: 'hankaku-digits', format: 'postal-code' })).toBe(
      '950-0911',
    )
  })

  it('keeps a character it has no replacement for', () => {
    expect(zen('𩸽定食')).toBe('𩸽定食')
  })
})

describe('portalText: other classes', () => {
  it('全角カナ: hiragana and half-width kana to katakana, spaces full-width', () => {
    expect(portalText('さとう みさき', { chars: 'zenkaku-katakana' })).toBe('サトウ　ミサキ')
    expect(portalText('ｻﾄｳ ﾐｻｷ', { chars: 'zenkaku-katakana' })).toBe('サトウ　ミサキ')
  })

  it('半角 digits: width, dashes, spaces, 〒, hyphens of codes, amounts', () => {
    expect(
      portalText('０３－１２３４－５６７８', { chars: 'hankaku-digits', format: 'phone' }),
    ).toBe('03-1234-5678')
    expect(portalText('03ー1234ー5678', { chars: 'hankaku-digits', format: 'phone' })).toBe(
      '03-1234-5678',
    )
    expect(
      portalText('〒９５０ー０９１１', { chars: 'hankaku-digits', format: 'postal-code' }),
    ).toBe('950-0911')
    expect(portalText('9500911', { chars: 'hankaku-digits', format: 'postal-code' })).toBe(
      '950-0911',
    )
    expect(portalText('15011234567', { chars: 'hankaku-digits', format: 'office-number' })).toBe(
      '1501-123456-7',
    )
    expect(portalText('２３０，０００円', { chars: 'hankaku-digits', format: 'amount' })).toBe(
      '230000',
    )
    expect(portalText(' 1 8 ', { chars: 'hankaku-digits', format: 'count' })).toBe('18')
  })

  it('半角英数 and e-mail: full-width to half-width; e-mail loses every space', () => {
    expect(portalText('０８：００', { chars: 'hankaku-alnum', format: 'time' })).toBe('08:00')
    expect(portalText('ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ', { chars: 'hankaku-alnum' })).toBe(
      'https://example.jp',
    )
    expect(portalText('　ｓａｉｙｏ＠ｅｘａｍｐｌｅ．ｊｐ ', { chars: 'email' })).toBe(
      'saiyo@example.jp',
    )
  })

  it('free text: only risky characters (㈱ gets full-width brackets in Japanese text)', () => {
    expect(portalText('ABC ㈱ ｶﾞ', { chars: 'free' })).toBe('ABC （株） ガ')
  })

  it('pastes what the profile editor settles, and leaves its proposals to the user', () => {
    expect(portalText('03(1234)5678', { chars: 'hankaku-digits', format: 'phone' })).toBe(
      normalize('establishment.phone', '03(1234)5678'),
    )
    expect(
      portalText('7-0000-1205-0002', { chars: 'hankaku-digits', format: 'corporate-number' }),
    ).toBe('7000012050002')
    expect(portalText('やまだ ﾀﾛｳ', { chars: 'zenkaku-katakana' })).toBe('ヤマダ　タロウ')
    // 25人 is the user's to change (the message names 人 and offers 25): pasted as settled.
    expect(portalText('２５人', { chars: 'hankaku-digits', format: 'count' })).toBe('25人')
    expect(portalText('派１３－１２３４５６', { chars: 'free', format: 'dispatch-permit' })).toBe(
      '派13-123456',
    )
  })
})

const brief = (items: CopyItem[]) => items.map((i) => [i.field, i.value, i.kind])

describe('copyItemsForScreen', () => {
  const profile = sampleProfile()
  const draft = sampleDraft()

  it('gives the login e-mail and the 事業所番号 on their screens', () => {
    expect(copyItemsForScreen('account', profile)).toEqual([
      {
        field: 'account.loginEmail',
        labelKey: 'profile.field.account.loginEmail',
        portalLabel: 'メールアドレス',
        value: 'saiyo@sakura-koumuten.example.jp',
        original: 'saiyo@sakura-koumuten.example.jp',
        changed: false,
        kind: 'copy',
      },
    ])
    expect(brief(copyItemsForScreen('record', profile))).toEqual([
      ['record.officeNumber', '1501-123456-7', 'copy'],
    ])
  })

  it('lists establishment screen 2 in table order, converted, with what the portal fills', () => {
    expect(brief(copyItemsForScreen('est-2', profile))).toEqual([
      ['establishment.nameKana', 'カブシキガイシャ　サクラコウムテン', 'copy'],
      ['establishment.name', '株式会社さくら工務店', 'copy'],
      ['establishment.address.postalCode', '950-0911', 'copy'],
      ['establishment.address.prefecture', '新潟県', 'portal-fills'],
      ['establishment.address.city', '新潟市中央区', 'portal-fills'],
      ['establishment.address.town', '笹口', 'portal-fills'],
      ['establishment.address.street', '２－１２－３', 'copy'],
      ['establishment.address.building', '', 'copy'],
      ['establishment.phone', '025-123-4567', 'copy'],
      ['establishment.fax', '025-123-4568', 'copy'],
      ['establishment.representativeTitle', '代表取締役', 'copy'],
      ['establishment.representativeName', '桜井　健一', 'copy'],
      ['contact.department', '総務部', 'copy'],
      ['contact.name', '佐藤　美咲', 'copy'],
      ['contact.nameKana', 'サトウ　ミサキ', 'copy'],
      ['contact.phone', '025-123-4567', 'copy'],
      ['contact.extension', '', 'copy'],
      ['contact.email', 'saiyo@sakura-koumuten.example.jp', 'copy'],
    ])
  })

  it('reports the original when the conversion changed it', () => {
    const street = copyItemsForScreen('est-2', profile).find(
      (i) => i.field === 'establishment.address.street',
    )
    expect(street).toMatchObject({ value: '２－１２－３', original: '2-12-3', changed: true })
    const city = copyItemsForScreen('est-2', profile).find(
      (i) => i.field === 'establishment.address.city',
    )
    expect(city?.noteKey).toBe('jobOffer.copyNote.addressSearch')
  })

  it('pastes the establishment address where the app stores “same as the establishment”', () => {
    const items = copyItemsForScreen('est-1', profile)
    expect(items.find((i) => i.field === 'company.headOffice.postalCode')).toMatchObject({
      value: '950-0911',
      noteKey: 'jobOffer.copyNote.sameAsEstablishment',
    })
  })

  it('notes that a sole proprietor has no 法人番号, and that 法人名 and 資本金 are unverified', () => {
    const p: Profile = emptyProfile()
    p.company.soleProprietor = true
    const items = copyItemsForScreen('est-1', p)
    const note = (field: string) => items.find((i) => i.field === field)?.noteKey
    expect(note('company.corporateNumber')).toBe('jobOffer.copyNote.soleProprietor')
    expect(note('company.name')).toBe('jobOffer.copyNote.soleProprietorUnverified')
    expect(note('company.capital')).toBe('jobOffer.copyNote.soleProprietorUnverified')
  })

  it('marks a risky character it could not replace', () => {
    const p = sampleProfile()
    p.establishment.business = '𩸽の加工'
    const item = copyItemsForScreen('est-3', p).find((i) => i.field === 'establishment.business')
    expect(item).toMatchObject({ value: '𩸽の加工', noteKey: 'jobOffer.copyNote.riskyKept' })
  })

  it('gives job offer screen 3: typed fields to copy, options to choose on screen', () => {
    expect(brief(copyItemsForScreen('job-3', profile, draft))).toEqual([
      ['job.title', '大工（木造住宅の新築・リフォーム）', 'copy'],
      [
        'job.description',
        // The scope of change of duties (2024-04) closes 仕事内容, with a full-width colon.
        '新潟市内の木造住宅の新築・リフォーム現場での大工工事。\n墨付け、刻み、建て方、内装下地などを先輩と組んで行います。\n現場へは社用車で移動します。\n変更範囲：変更なし',
        'copy',
      ],
      ['job.ageLimit', '不問', 'choose-on-screen'],
      ['job.education', '不問', 'choose-on-screen'],
      ['job.experience', 'あれば尚可', 'choose-on-screen'],
      ['job.experienceDetail', '建築現場での作業経験', 'copy'],
      ['job.pcSkills', '', 'copy'],
      ['job.license', '必須', 'choose-on-screen'],
      ['job.licenseDetail', '普通自動車運転免許（ＡＴ限定不可）', 'copy'],
      ['job.trialPeriod', 'あり', 'choose-on-screen'],
      ['job.trialPeriodLength', '３ヶ月', 'copy'],
      ['job.trialConditions', '同条件', 'choose-on-screen'],
    ])
  })

  it('gives amounts without separators and several choices joined', () => {
    const wage = copyItemsForScreen('job-4', profile, draft)
    expect(wage.find((i) => i.field === 'wage.baseMin')).toMatchObject({
      value: '230000',
      original: '230,000',
      changed: true,
    })
    const insurance = copyItemsForScreen('job-6', profile, draft)
    expect(insurance[0]).toMatchObject({
      field: 'insurance.insurances',
      value: '雇用保険、労災保険、健康保険、厚生年金',
      kind: 'choose-on-screen',
    })
  })

  it('takes the 担当者 from the profile unless the draft overrides it', () => {
    const d = sampleDraft()
    d.selection.contact.name = '山田 一郎'
    const items = copyItemsForScreen('job-8', profile, d)
    expect(items.find((i) => i.field === 'selection.contact.name')).toMatchObject({
      value: '山田　一郎',
    })
    expect(items.find((i) => i.field === 'selection.contact.phone')).toMatchObject({
      value: '025-123-4567',
      noteKey: 'jobOffer.copyNote.fromProfileContact',
    })
  })

  it('lists only the fields that apply', () => {
    const fields = copyItemsForScreen('job-1', profile, draft).map((i) => i.field)
    expect(fields).toEqual([
      'category.workCategory',
      'category.employmentType',
      'category.dispatch',
      'category.employmentPeriod',
      'category.publication',
      'category.onlineApplication',
    ])
    const d = sampleDraft()
    d.category.employmentType = 'non-regular'
    d.category.employmentPeriod = 'fixed-4-months-or-more'
    expect(copyItemsForScreen('job-1', profile, d).map((i) => i.field)).toEqual([
      'category.workCategory',
      'category.employmentType',
      'category.employmentTypeName',
      'category.dispatch',
      'category.employmentPeriod',
      'category.periodLength',
      'category.contractRenewal',
      'category.publication',
      'category.onlineApplication',
      'category.regularConversion',
    ])
  })

  it('has nothing for job screens without a draft, nor for the image screen', () => {
    expect(copyItemsForScreen('job-1', profile)).toEqual([])
    expect(copyItemsForScreen('est-6', profile, draft)).toEqual([])
  })

  it('says how sure each screen is', () => {
    expect(screenCertainty('account')).toEqual({
      screen: 'verified',
      fields: 'verified',
      order: 'verified',
      rules: 'verified',
    })
    expect(screenCertainty('est-1').fields).toBe('verified')
    expect(screenCertainty('est-2').fields).toBe('unverified')
    expect(screenCertainty('job-5')).toEqual({
      screen: 'verified',
      fields: 'third-party',
      order: 'unverified',
      rules: 'unverified',
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Property: never throws on anything the schemas accept.

const ALL_OPTION_IDS = Object.values(OPTION_LISTS).flatMap((l) => l.options.map((o) => o.id))
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', 'own', '0', '1', '7', '２０', '08:00', '1,000', ...ALL_OPTION_IDS),
)

/** An arbitrary shaped like `example` (the parsed empty object), every leaf random. */
function shaped(example: unknown): fc.Arbitrary<unknown> {
  if (typeof example === 'string') return text
  if (typeof example === 'boolean') return fc.boolean()
  if (typeof example === 'number') return fc.constant(example)
  if (Array.isArray(example)) {
    const first: unknown = example[0]
    return fc.array(first === undefined ? text : shaped(first), { maxLength: 3 })
  }
  const entries = Object.entries(example as Record<string, unknown>)
  return fc.record(Object.fromEntries(entries.map(([k, x]) => [k, shaped(x)])), {
    requiredKeys: [],
  })
}

describe('copyItemsForScreen (property)', () => {
  it('never throws on profiles and drafts the schemas accept', () => {
    const profileArb = shaped(emptyProfile())
    const draftArb = shaped({ ...emptyDraft('x'), version: 1 }).map((d) => ({
      ...(d as object),
      id: 'x',
    }))
    let parsed = 0
    fc.assert(
      fc.property(profileArb, draftArb, (rawProfile, rawDraft) => {
        const p = v.safeParse(ProfileSchema, rawProfile)
        const d = v.safeParse(JobOfferDraftSchema, rawDraft)
        if (!p.success || !d.success) return
        parsed++
        for (const screen of PORTAL_SCREENS) {
          for (const item of copyItemsForScreen(screen, p.output, d.output)) {
            expect(typeof item.value).toBe('string')
          }
        }
      }),
      { numRuns: 150 },
    )
    // The generator is shaped like the schemas, so nearly every case reaches the panel.
    expect(parsed).toBeGreaterThan(100)
  })
})
