import { DomainError, type ErrorCode } from '@shared/ipc/result'

/** The OS error code (`ENOSPC`, `EACCES`…) of a file-system failure, if it carries one. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && /^E[A-Z0-9]{2,15}$/.test(code) ? code : undefined
}

/**
 * The disk and OS faults a user can do something about, each with its own advice: free space, a
 * read-only folder, a folder the app may not write to (often antivirus or a sync client), a file
 * another program holds open.
 */
export type FileFault = Extract<ErrorCode, 'disk-full' | 'read-only' | 'no-access' | 'busy'>

const BY_ERRNO: Readonly<Record<string, FileFault>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'no-access',
  EPERM: 'no-access',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
}

/** The fault an OS error code (`EROFS`…) stands for, if it is one a user can act on. */
export function faultOfErrno(code: string): FileFault | undefined {
  return Object.hasOwn(BY_ERRNO, code) ? BY_ERRNO[code] : undefined
}

export function fileErrorCode(error: unknown): FileFault | undefined {
  const code = errnoCode(error)
  return code === undefined ? undefined : faultOfErrno(code)
}

/** Windows: antivirus, indexers and sync clients hold files for a moment; these are worth a retry. */
export const isTransient = (error: unknown): boolean => {
  const code = errnoCode(error)
  return code === 'EBUSY' || code === 'EPERM'
}

/**
 * A file-system failure as the error the renderer can explain (the errno as detail, never the
 * message, which holds paths); anything else is passed on unchanged.
 */
export function asDomainError(error: unknown, field?: string): unknown {
  if (error instanceof DomainError) return error
  const code = fileErrorCode(error)
  if (code !== undefined) return new DomainError(code, field, errnoCode(error))
  const errno = errnoCode(error)
  if (errno !== undefined) return new DomainError('unavailable', field, errno)
  return error
}
