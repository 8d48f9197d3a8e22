import type * as v from 'valibot'
import type { Result } from './result'
import { channelName, type ChannelEntry } from './channels'

/** Arguments of a call, as a valibot tuple schema: main validates them before any service runs. */
export type ArgsSchema = v.GenericSchema<readonly unknown[], readonly unknown[]>

export interface CallSpec<S extends ArgsSchema, O> {
  readonly kind: 'call'
  readonly args: S
  /** Phantom: carries the result type only at compile time. */
  readonly result?: O
}

export interface EventSpec<P> {
  readonly kind: 'event'
  readonly payload?: P
}

/** `call<Result>()(argsSchema)`: curried so the result type is given and the schema type inferred. */
export const call =
  <O>() =>
  <S extends ArgsSchema>(args: S): CallSpec<S, O> => ({ kind: 'call', args })

export const event = <P>(): EventSpec<P> => ({ kind: 'event' })

type AnySpec = CallSpec<ArgsSchema, unknown> | EventSpec<unknown>
export type ContractShape = Record<string, Record<string, AnySpec>>

type Args<S> = S extends CallSpec<infer A, unknown> ? v.InferInput<A> : never
type ValidArgs<S> = S extends CallSpec<infer A, unknown> ? v.InferOutput<A> : never
type Out<S> = S extends CallSpec<ArgsSchema, infer O> ? O : never
type Payload<S> = S extends EventSpec<infer P> ? P : never

type CallKeys<G> = {
  [K in keyof G]: G[K] extends CallSpec<ArgsSchema, unknown> ? K : never
}[keyof G]
type EventKeys<G> = { [K in keyof G]: G[K] extends EventSpec<unknown> ? K : never }[keyof G]

export type Unsubscribe = () => void

/** What the renderer sees on `window.api`. */
export type ApiOf<C extends ContractShape> = {
  readonly [A in keyof C]: {
    readonly [M in CallKeys<C[A]>]: (
      ...args: Args<C[A][M]> & unknown[]
    ) => Promise<Result<Out<C[A][M]>>>
  } & {
    readonly [M in EventKeys<C[A]>]: (listener: (payload: Payload<C[A][M]>) => void) => Unsubscribe
  }
}

/** What main implements: one function per call, receiving arguments already validated. */
export type HandlersOf<C extends ContractShape> = {
  readonly [A in keyof C]: {
    readonly [M in CallKeys<C[A]>]: (
      ...args: ValidArgs<C[A][M]> & unknown[]
    ) => Out<C[A][M]> | Promise<Out<C[A][M]>>
  }
}

/** Main's way to raise an event: type-checked against the contract. */
export type EmitterOf<C extends ContractShape> = <
  A extends keyof C & string,
  M extends EventKeys<C[A]> & string,
>(
  area: A,
  name: M,
  payload: Payload<C[A][M]>,
) => void

/** The channels as the contract's structure lists them (what `ipc/channels.ts` is checked against). */
export function listChannels(contract: ContractShape): ChannelEntry[] {
  return Object.entries(contract).flatMap(([area, group]) =>
    Object.entries(group).map(([method, spec]) => ({
      area,
      method,
      channel: channelName(area, method),
      kind: spec.kind,
    })),
  )
}
