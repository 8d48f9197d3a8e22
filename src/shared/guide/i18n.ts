import type { GuideMessages } from './messages.ja'

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/**
 * A dotted path to one text in GuideMessages, e.g. 'steps.case1_2.s6'. Paths are relative to the
 * guide message object: mount it wherever the app's i18n wants it and prefix accordingly.
 */
export type GuideMessageKey = Leaves<GuideMessages>

export type MessageParams = Readonly<Record<string, string | number>>

/** The text at a key (for code that runs without vue-i18n, and for tests). */
export function messageAt(messages: GuideMessages, key: GuideMessageKey): string {
  let node: unknown = messages
  for (const part of key.split('.')) {
    node = (node as Record<string, unknown>)[part]
  }
  if (typeof node !== 'string') throw new Error(`No message at ${key}`)
  return node
}

/** Fills `{name}` placeholders the way vue-i18n's named interpolation does. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

export function renderMessage(
  messages: GuideMessages,
  key: GuideMessageKey,
  params?: MessageParams,
): string {
  return interpolate(messageAt(messages, key), params)
}
