/**
 * Every IPC call resolves to a Result: the renderer never has to catch a thrown error to learn
 * that its input was refused, and the code names what was wrong so it can be shown in the user's language.
 */
export const ERROR_CODES = [
  'invalid-payload',
  'invalid-field',
  'not-found',
  'forbidden',
  'unavailable',
  'conflict',
  'locked',
  'wrong-passphrase',
  'internal',
  // Faults of the disk or the OS, each with its own advice for the user.
  'disk-full',
  'read-only',
  'no-access',
  'busy',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface IpcError {
  code: ErrorCode
  /** Dotted path of the offending argument or field, e.g. `0.establishment.corporateNumber`. */
  field?: string
  /** A short English detail for logs; never shown to the user as is. */
  detail?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, field?: string, detail?: string): Result<never> => ({
  ok: false,
  error: {
    code,
    ...(field === undefined ? {} : { field }),
    ...(detail === undefined ? {} : { detail }),
  },
})

/** Thrown by services for expected refusals; the IPC wrapper turns it into a failed Result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly field?: string,
    detail?: string,
  ) {
    super(detail ?? code)
    this.name = 'DomainError'
  }
}
