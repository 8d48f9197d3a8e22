import * as v from 'valibot'
import { channelName } from '@shared/ipc/channels'
import type { ContractShape, HandlersOf } from '@shared/ipc/define'
import { DomainError, fail, ok, type Result } from '@shared/ipc/result'

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>

export interface DispatcherOptions {
  /** Called with unexpected errors (not DomainErrors) so they reach a log, never the renderer. */
  onUnexpected?: (channel: string, error: unknown) => void
}

type AnyHandler = (...args: unknown[]) => unknown

/**
 * Turns the contract and its handlers into one function: look up the channel, validate the payload
 * against the channel's schema, run the handler, and always answer with a Result.
 */
export function createDispatcher<C extends ContractShape>(
  contract: C,
  handlers: HandlersOf<C>,
  options: DispatcherOptions = {},
): Dispatch {
  const table = new Map<string, { schema: v.GenericSchema; run: AnyHandler }>()
  for (const [area, group] of Object.entries(contract)) {
    const areaHandlers = (handlers as Record<string, Record<string, AnyHandler>>)[area]
    for (const [method, spec] of Object.entries(group)) {
      if (spec.kind !== 'call') continue
      const run = areaHandlers?.[method]
      if (typeof run !== 'function') throw new Error(`No handler for ${channelName(area, method)}`)
      table.set(channelName(area, method), { schema: spec.args, run: run.bind(areaHandlers) })
    }
  }

  return async (channel, payload) => {
    const entry = table.get(channel)
    if (!entry)
      return fail('not-found', undefined, `unknown channel ${String(channel).slice(0, 80)}`)
    // The first issue is enough to refuse, and stopping there keeps a hostile payload's cost bounded.
    const parsed = v.safeParse(entry.schema, payload, { abortEarly: true, abortPipeEarly: true })
    if (!parsed.success) {
      const issue = parsed.issues[0]
      const path = issue ? v.getDotPath(issue) : null
      return fail('invalid-payload', path ?? undefined, issue?.message.slice(0, 200))
    }
    try {
      return ok(await entry.run(...(parsed.output as unknown[])))
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.field, error.message)
      options.onUnexpected?.(channel, error)
      return fail('internal')
    }
  }
}
