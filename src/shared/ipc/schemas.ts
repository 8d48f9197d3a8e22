import * as v from 'valibot'
import { LOCALES } from '../settings'

/** Longest string any channel accepts; field rules set tighter limits of their own. */
export const MAX_TEXT = 4000

export const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max))
export const noArgs = v.strictTuple([])

export const LocaleSchema = v.picklist(LOCALES)
