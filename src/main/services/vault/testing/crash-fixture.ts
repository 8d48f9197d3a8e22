import { createHash } from 'node:crypto'

/** Shared by the crash test and its child process: version n of the document is fully determined by n. */
export const CRASH_DOC_ID = 'profile'
export const CRASH_SECRET_HEX = 'c3'.repeat(32)

export function crashDoc(version: number): { version: number; body: string; digest: string } {
  // Sizes vary so a torn write cannot pass for a whole one by length alone.
  const body = `版${version}:` + 'あいうえおabc'.repeat(50 + ((version * 37) % 400))
  return { version, body, digest: createHash('sha256').update(body).digest('hex') }
}
