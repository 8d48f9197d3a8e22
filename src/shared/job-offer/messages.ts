import type { JobFindingCode } from './guidance'
import type { ImageFindingCode } from './images'
import type { OptionListId } from './options'
import type { PortalScreenId } from './portal-text'

/**
 * Message keys (mounted under `jobOffer`). Codes and option ids stay kebab-case in data; keys are
 * camelCase, because vue-i18n paths are safest without '-'.
 */
export const camelKey = (s: string): string =>
  s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

export const screenMessageKey = (screen: PortalScreenId): string =>
  `jobOffer.screen.${camelKey(screen)}`
export const optionMessageKey = (list: OptionListId, id: string): string =>
  `jobOffer.option.${list}.${camelKey(id)}`
export const findingMessageKey = (code: JobFindingCode): string =>
  `jobOffer.finding.${camelKey(code)}`
export const imageFindingMessageKey = (code: ImageFindingCode): string =>
  `jobOffer.image.${camelKey(code)}`

/** Keys of the offer check (`jobOffer.offerCheck`): what a rule checks, and a finding's message. */
export const offerRuleTitleKey = (rule: string): string =>
  `jobOffer.offerCheck.rule.${camelKey(rule)}`
export const offerFindingMessageKey = (f: { rule: string; variant?: string }): string =>
  `jobOffer.offerCheck.finding.${camelKey(f.rule)}${f.variant ? `.${camelKey(f.variant)}` : ''}`
