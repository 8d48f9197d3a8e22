import type { MessageCompiler, MessageContext } from 'vue-i18n'

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g

/**
 * Our messages are plain text with `{name}` placeholders. vue-i18n's own syntax would read the `@`
 * of every e-mail address (system@mail.hellowork.mhlw.go.jp) as a linked message and `|` as a
 * plural; this compiler knows only placeholders, so any text can be written as is. It also lets the
 * app ship vue-i18n's runtime-only build, without the message compiler.
 */
export const plainMessageCompiler: MessageCompiler = (source, { key }) => {
  // Our message trees hold only strings (the ja schema says so); anything else shows its key.
  if (typeof source !== 'string') return () => key
  const parts = source.split(PLACEHOLDER)
  if (parts.length === 1) return () => source
  return (ctx: MessageContext) =>
    parts.map((part, index) => (index % 2 === 1 ? String(ctx.named(part) ?? '') : part)).join('')
}
