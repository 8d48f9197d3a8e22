import * as v from 'valibot'

/**
 * Each text field has a storage limit (its `maxLength` in the model's schema). A value over it that
 * arrives anyway (a paste that bypassed the input, an import, a file from an older version) must not
 * block the rest of its document: it is carried and shown as an error on its own field, never saved
 * over what was saved before. `TEXT_HARD_MAX` bounds what is carried at all.
 */
export const TEXT_HARD_MAX = 50_000

/** A text field whose value is longer than its storage limit. */
export interface OverLimit {
  /** Dotted path in the document ('company.name', 'workplaces.0.station'). */
  field: string
  /** The storage limit, in UTF-16 units as `maxlength` counts them. */
  max: number
  length: number
}

type Key = string | number

const keysOf = (issue: v.BaseIssue<unknown>): Key[] | undefined => {
  const keys: Key[] = []
  for (const item of issue.path ?? []) {
    if (typeof item.key !== 'string' && typeof item.key !== 'number') return undefined
    keys.push(item.key)
  }
  return keys.length > 0 ? keys : undefined
}

const dotted = (keys: readonly Key[]): string => keys.join('.')

function setAt(target: unknown, keys: readonly Key[], value: unknown): void {
  let node = target as Record<Key, unknown>
  for (const key of keys.slice(0, -1)) node = node[key] as Record<Key, unknown>
  const last = keys[keys.length - 1]
  if (last !== undefined) node[last] = value
}

/** The string at a path of a plain document, or undefined. */
export function stringAt(doc: unknown, keys: readonly Key[]): string | undefined {
  let node: unknown = doc
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<Key, unknown>)[key]
  }
  return typeof node === 'string' ? node : undefined
}

/** A string over its field's max length, short enough to be carried. */
const overLimitIssue = (hardMax: number) => (issue: v.BaseIssue<unknown>) =>
  issue.type === 'max_length' &&
  typeof issue.input === 'string' &&
  issue.input.length <= hardMax &&
  keysOf(issue) !== undefined

export type TolerantResult<T> =
  | { success: true; output: T; overLimit: OverLimit[] }
  | { success: false; issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]] }

/**
 * Parses with the document's own (strict) schema, except that text over its storage limit (up to
 * `TEXT_HARD_MAX`) is kept as it is and listed. Anything else wrong fails as the schema says.
 */
export function parseTolerant<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  hardMax = TEXT_HARD_MAX,
): TolerantResult<T> {
  const config = { abortPipeEarly: true }
  const first = v.safeParse(schema, input, config)
  if (first.success) return { success: true, output: first.output, overLimit: [] }
  const isOver = overLimitIssue(hardMax)
  const over = first.issues.filter(isOver)
  if (over.length !== first.issues.length) {
    const others = first.issues.filter((issue) => !isOver(issue))
    return { success: false, issues: others as [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]] }
  }
  // Validate the rest with those values set aside, then put them back in place.
  const copy = structuredClone(input)
  const paths = over.map((issue) => keysOf(issue) ?? [])
  for (const keys of paths) setAt(copy, keys, '')
  const second = v.safeParse(schema, copy, config)
  if (!second.success) return { success: false, issues: second.issues }
  const overLimit: OverLimit[] = []
  over.forEach((issue, i) => {
    const keys = paths[i] ?? []
    const value = issue.input as string
    setAt(second.output, keys, value)
    overLimit.push({ field: dotted(keys), max: Number(issue.requirement), length: value.length })
  })
  return { success: true, output: second.output, overLimit }
}

/**
 * The schema as IPC arguments and stored documents use it: the strict schema, tolerant of text
 * over its storage limit (see `parseTolerant`). Issues keep their paths, so a refusal still names
 * its field.
 */
export function tolerant<S extends v.GenericSchema>(schema: S) {
  return v.pipe(
    v.custom<v.InferInput<S>>(() => true),
    v.rawTransform<v.InferInput<S>, v.InferOutput<S>>(({ dataset, addIssue, NEVER }) => {
      const result = parseTolerant(
        schema as v.GenericSchema<unknown, v.InferOutput<S>>,
        dataset.value,
      )
      if (result.success) return result.output
      for (const issue of result.issues) {
        addIssue({
          message: issue.message,
          input: issue.input,
          ...(issue.expected === null ? {} : { expected: issue.expected }),
          received: issue.received,
          ...(issue.path ? { path: issue.path as never } : {}),
        })
      }
      return NEVER
    }),
  )
}

/**
 * What may be saved of `doc`: every value over its storage limit is replaced by what `previous`
 * holds at the same place (or '' when it holds nothing there), and listed as refused.
 */
export function withinLimits<T>(
  schema: v.GenericSchema<unknown, T>,
  doc: T,
  previous: unknown,
): { doc: T; refused: OverLimit[] } {
  const parsed = parseTolerant(schema, doc)
  if (!parsed.success || parsed.overLimit.length === 0) return { doc, refused: [] }
  const saved = structuredClone(doc)
  for (const over of parsed.overLimit) {
    const keys = over.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))
    setAt(saved, keys, stringAt(previous, keys) ?? '')
  }
  return { doc: saved, refused: parsed.overLimit }
}

/** Longer than any storage limit: a probe value reveals each field's limit in one parse. */
const PROBE_LENGTH = 20_000

/**
 * Every text field's storage limit, read from the schema itself (so a field added to a model has
 * its limit without a second list): each string leaf of `sample` is set over any limit and parsed
 * once. Keys use `*` for array indices ('workplaces.*.station').
 */
export function storageLimitsOf(
  schema: v.GenericSchema,
  sample: unknown,
): ReadonlyMap<string, number> {
  const probe = structuredClone(sample)
  const long = 'x'.repeat(PROBE_LENGTH)
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<Key, unknown>
    for (const key of Object.keys(record)) {
      if (typeof record[key] === 'string') record[key] = long
      else visit(record[key])
    }
  }
  visit(probe)
  const limits = new Map<string, number>()
  const result = v.safeParse(schema, probe)
  if (result.success) return limits
  for (const issue of result.issues) {
    const keys = keysOf(issue)
    if (issue.type !== 'max_length' || keys === undefined) continue
    limits.set(
      keys.map((k) => (typeof k === 'number' ? '*' : k)).join('.'),
      Number(issue.requirement),
    )
  }
  return limits
}
