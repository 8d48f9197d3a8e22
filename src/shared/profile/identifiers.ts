/**
 * Shape checks for the identifiers a Hello Work form asks for. Every function takes the value as
 * the user typed it (after `normalize`, so half-width) and never throws.
 */

const ONLY_DIGITS = /^\d+$/

/**
 * 法人番号 check digit (National Tax Agency, published): the FIRST of the 13 digits is
 * 9 − (Σ Pn·Qn mod 9), Pn the n-th of the other 12 digits counted from the right,
 * Qn = 1 for odd n and 2 for even n. Returns null unless `body` is exactly 12 digits.
 */
export function corporateNumberCheckDigit(body: string): number | null {
  if (body.length !== 12 || !ONLY_DIGITS.test(body)) return null
  let sum = 0
  for (let n = 1; n <= 12; n++) {
    const p = Number(body[12 - n])
    sum += p * (n % 2 === 1 ? 1 : 2)
  }
  return 9 - (sum % 9)
}

/** True for 13 half-width digits whose first digit is the correct check digit. */
export function isValidCorporateNumber(value: string): boolean {
  if (value.length !== 13 || !ONLY_DIGITS.test(value)) return false
  return Number(value[0]) === corporateNumberCheckDigit(value.slice(1))
}

const OFFICE_NUMBER = /^(\d{4})-(\d{1,6})-(\d)$/

/**
 * 事業所番号 (雇用保険適用事業所番号) in the 4–(1..6)–1 form, or null. Its last digit is a check
 * digit whose algorithm is not public, so only the shape is checked.
 *
 * Without hyphens only 11 digits are accepted (and formatted 4-6-1): that is the full form printed
 * on 雇用保険 documents. A shorter run of digits could be a number with a short middle part or a
 * full number with a digit dropped; we cannot tell which, and silently inserting hyphens would turn
 * a typo into a plausible-looking number. So shorter numbers must be typed with their hyphens.
 */
export function parseOfficeNumber(value: string): string | null {
  if (OFFICE_NUMBER.test(value)) return value
  if (value.length === 11 && ONLY_DIGITS.test(value)) {
    return `${value.slice(0, 4)}-${value.slice(4, 10)}-${value.slice(10)}`
  }
  return null
}

/**
 * 求人番号: 5 digits – up to 8 digits. Without the hyphen only 13 digits (5 + 8) are formatted, for
 * the same reason as `parseOfficeNumber`.
 */
export function parseJobOfferNumber(value: string): string | null {
  if (/^\d{5}-\d{1,8}$/.test(value)) return value
  if (value.length === 13 && ONLY_DIGITS.test(value))
    return `${value.slice(0, 5)}-${value.slice(5)}`
  return null
}

/** 郵便番号 as NNN-NNNN; seven digits without the hyphen are accepted and formatted. */
export function parsePostalCode(value: string): string | null {
  const m = /^(\d{3})-?(\d{4})$/.exec(value)
  return m ? `${m[1]}-${m[2]}` : null
}

/**
 * A Japanese phone number: starts with 0, 10 or 11 digits in all, optional single hyphens
 * between digit groups (03-1234-5678, 090-1234-5678, 0570-077450, 0312345678).
 */
export function isPhoneNumber(value: string): boolean {
  if (!/^0\d*(?:-\d+)*$/.test(value)) return false
  const digits = value.replaceAll('-', '').length
  return digits === 10 || digits === 11
}
