import * as v from 'valibot'

/** True for what JSON and structured clone produce: objects whose prototype is Object's or null. */
export const isPlainObject = (x: unknown): boolean => {
  if (typeof x !== 'object' || x === null) return false
  const proto: unknown = Object.getPrototypeOf(x)
  return proto === Object.prototype || proto === null
}

/**
 * A strict object schema that takes plain objects only: valibot's strictObject alone accepts any
 * non-null object, so `[]` or a Map would pass as an empty section.
 */
export function section<const E extends v.ObjectEntries>(entries: E) {
  const schema = v.strictObject(entries)
  return v.pipe(
    v.custom<v.InferInput<typeof schema>>(isPlainObject, 'Expected a plain object'),
    schema,
  )
}
