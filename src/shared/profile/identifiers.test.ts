import { describe, expect, it } from 'vitest'
import {
  corporateNumberCheckDigit,
  isPhoneNumber,
  isValidCorporateNumber,
  parseJobOfferNumber,
  parseOfficeNumber,
  parsePostalCode,
} from './identifiers'

describe('法人番号 check digit', () => {
  // Worked by hand: check = 9 − (Σ Pn·Qn mod 9), Pn counted from the right of the 12-digit body,
  // Qn = 1 (n odd) / 2 (n even).
  //
  // 国税庁 7000012050002, body 000012050002. From the right: n1=2, n2=0, n3=0, n4=0, n5=5, n6=0,
  //   n7=2, n8=1, n9..n12=0. Σ = 2·1 + 5·1 + 2·1 + 1·2 = 11; 11 mod 9 = 2; 9 − 2 = 7. ✓
  // トヨタ自動車 1180301018771, body 180301018771. From the right: 1·1 + 7·2 + 7·1 + 8·2 + 1·1
  //   + 0·2 + 1·1 + 0·2 + 3·1 + 0·2 + 8·1 + 1·2 = 1+14+7+16+1+0+1+0+3+0+8+2 = 53; 53 mod 9 = 8;
  //   9 − 8 = 1. ✓
  // Synthetic 123456789012: from the right 2·1 + 1·2 + 0·1 + 9·2 + 8·1 + 7·2 + 6·1 + 5·2 + 4·1
  //   + 3·2 + 2·1 + 1·2 = 2+2+0+18+8+14+6+10+4+6+2+2 = 74; 74 mod 9 = 2; 9 − 2 = 7.
  // 000000000009: Σ = 9·1 = 9; 9 mod 9 = 0; 9 − 0 = 9 (the check digit is never 0).
  // 000000000000: Σ = 0 → 9.
  const table: Array<[string, number]> = [
    ['000012050002', 7],
    ['180301018771', 1],
    ['123456789012', 7],
    ['000000000009', 9],
    ['000000000000', 9],
  ]
  it.each(table)('body %s → %i', (body, digit) => {
    expect(corporateNumberCheckDigit(body)).toBe(digit)
  })

  it('validates whole numbers', () => {
    expect(isValidCorporateNumber('7000012050002')).toBe(true)
    expect(isValidCorporateNumber('1180301018771')).toBe(true)
    expect(isValidCorporateNumber('7123456789012')).toBe(true)
    expect(isValidCorporateNumber('9000000000000')).toBe(true)
    expect(isValidCorporateNumber('8000012050002')).toBe(false)
    expect(isValidCorporateNumber('0000012050002')).toBe(false)
    expect(isValidCorporateNumber('700001205000')).toBe(false)
    expect(isValidCorporateNumber('70000120500021')).toBe(false)
    expect(isValidCorporateNumber('７000012050002')).toBe(false)
    expect(isValidCorporateNumber('7-000012050002')).toBe(false)
    expect(isValidCorporateNumber('')).toBe(false)
  })

  it('refuses bodies that are not 12 digits', () => {
    expect(corporateNumberCheckDigit('00001205000')).toBeNull()
    expect(corporateNumberCheckDigit('0000120500a2')).toBeNull()
    expect(corporateNumberCheckDigit('')).toBeNull()
  })
})

describe('事業所番号 shape', () => {
  it.each([
    ['1301-123456-7', '1301-123456-7'],
    ['1301-1-7', '1301-1-7'],
    ['1301-12345-7', '1301-12345-7'],
    ['13011234567', '1301-123456-7'],
  ])('%s → %s', (input, expected) => {
    expect(parseOfficeNumber(input)).toBe(expected)
  })
  it.each([
    '1301123456', // 10 digits without hyphens: ambiguous
    '130112345678',
    '1301-1234567-8',
    '130-123456-7',
    '1301-123456-78',
    '1301--7',
    '1301_123456_7',
    '１３０１-123456-7',
    '',
  ])('refuses %s', (input) => {
    expect(parseOfficeNumber(input)).toBeNull()
  })
})

describe('求人番号, 郵便番号, 電話番号', () => {
  it('求人番号: 5 – up to 8 digits', () => {
    expect(parseJobOfferNumber('13010-12345678')).toBe('13010-12345678')
    expect(parseJobOfferNumber('13010-1')).toBe('13010-1')
    expect(parseJobOfferNumber('1301012345678')).toBe('13010-12345678')
    expect(parseJobOfferNumber('13010-123456789')).toBeNull()
    expect(parseJobOfferNumber('1301-12345678')).toBeNull()
    expect(parseJobOfferNumber('130101234567')).toBeNull()
  })
  it('郵便番号 NNN-NNNN', () => {
    expect(parsePostalCode('100-0001')).toBe('100-0001')
    expect(parsePostalCode('1000001')).toBe('100-0001')
    expect(parsePostalCode('100-001')).toBeNull()
    expect(parsePostalCode('10000011')).toBeNull()
    expect(parsePostalCode('〒100-0001')).toBeNull()
  })
  it.each([
    ['03-1234-5678', true],
    ['090-1234-5678', true],
    ['0570-077450', true],
    ['0312345678', true],
    ['09012345678', true],
    ['031234567', false],
    ['090123456789', false],
    ['3-1234-5678', false],
    ['03--1234-5678', false],
    ['03-1234-5678-', false],
    ['+81-3-1234-5678', false],
    ['(03)1234-5678', false],
    ['', false],
  ])('phone %s → %s', (input, expected) => {
    expect(isPhoneNumber(input)).toBe(expected)
  })
})
