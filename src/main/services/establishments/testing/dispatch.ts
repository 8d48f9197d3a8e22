import type { Result } from '@shared/ipc/result'
import type { UnitApp } from '../../testing/app'

/** Test-only: a channel called through the real dispatcher, answering its Result. */
export async function call<T>(
  app: UnitApp,
  channel: string,
  ...args: unknown[]
): Promise<Result<T>> {
  return (await app.dispatch(channel, args)) as Result<T>
}

/** Test-only: a channel's value; a refusal fails the test with the error main gave. */
export async function value<T>(app: UnitApp, channel: string, ...args: unknown[]): Promise<T> {
  const result = await call<T>(app, channel, ...args)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value
}
