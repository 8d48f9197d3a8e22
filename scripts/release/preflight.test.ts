import { describe, expect, it } from 'vitest'
import { formatMessage, signingPlan, tagProblem } from './preflight.mjs'

const WIN = { WIN_CSC_LINK: 'base64pfx', WIN_CSC_KEY_PASSWORD: 'secret' }
const MAC = { CSC_LINK: 'base64p12', CSC_KEY_PASSWORD: 'secret' }
const NOTARY = {
  APPLE_ID: 'a@example.com',
  APPLE_APP_SPECIFIC_PASSWORD: 'pw',
  APPLE_TEAM_ID: 'TEAM',
}
const levels = (plan: { messages: { level: string }[] }) => plan.messages.map((m) => m.level)

describe('the release tag', () => {
  it('must be v + the package version on a tag build', () => {
    expect(tagProblem('1.2.0', { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.2.0' })).toBeNull()
    expect(tagProblem('1.2.0', { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.2.1' })).toMatch(
      /v1\.2\.1 does not match package\.json's version 1\.2\.0/,
    )
  })

  it('is not checked on a local or branch build', () => {
    expect(tagProblem('1.2.0', {})).toBeNull()
    expect(tagProblem('1.2.0', { GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' })).toBeNull()
  })
})

describe('Windows signing', () => {
  it('signs when both certificate secrets are there', () => {
    const plan = signingPlan('win', WIN)
    expect(plan.signed).toBe(true)
    expect(levels(plan)).toEqual(['notice'])
  })

  it('says plainly when it does not sign, and treats the empty strings GitHub gives as absent', () => {
    const plan = signingPlan('win', { WIN_CSC_LINK: '', WIN_CSC_KEY_PASSWORD: '' })
    expect(plan.signed).toBe(false)
    expect(plan.messages).toEqual([
      { level: 'warning', text: expect.stringMatching(/NOT signed.*SmartScreen/) },
    ])
    expect(plan.unset.sort()).toEqual(['WIN_CSC_KEY_PASSWORD', 'WIN_CSC_LINK'])
  })

  it('stops on half a secret rather than ship an unsigned installer by mistake', () => {
    const plan = signingPlan('win', { WIN_CSC_LINK: 'base64pfx' })
    expect(levels(plan)).toContain('error')
    expect(plan.messages[0]?.text).toMatch(/WIN_CSC_KEY_PASSWORD is not set/)
  })

  it('never lets electron-builder sign the Windows installer with the macOS certificate', () => {
    expect(signingPlan('win', { ...MAC }).unset.sort()).toEqual(['CSC_KEY_PASSWORD', 'CSC_LINK'])
  })
})

describe('macOS signing and notarisation', () => {
  it('signs and notarises with all five secrets', () => {
    const plan = signingPlan('mac', { ...MAC, ...NOTARY })
    expect(plan).toMatchObject({ signed: true, notarised: true, unset: [], set: {} })
    expect(levels(plan)).toEqual(['notice', 'notice'])
  })

  it('builds unsigned with no secrets, says so twice, and keeps the keychain out of it', () => {
    const plan = signingPlan('mac', {})
    expect(plan).toMatchObject({ signed: false, notarised: false })
    expect(plan.set).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' })
    expect(plan.messages.map((m) => m.text)).toEqual([
      expect.stringMatching(/NOT signed.*Gatekeeper/),
      expect.stringMatching(/NOT notarised: APPLE_ID/),
    ])
  })

  it('signs but warns when the notarisation secrets are missing', () => {
    const plan = signingPlan('mac', MAC)
    expect(plan).toMatchObject({ signed: true, notarised: false })
    expect(levels(plan)).toEqual(['notice', 'warning'])
  })

  it('does not try to notarise an unsigned app (electron-builder would, and fail)', () => {
    const plan = signingPlan('mac', NOTARY)
    expect(plan.notarised).toBe(false)
    expect(plan.unset.sort()).toEqual(['APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_ID', 'APPLE_TEAM_ID'])
    expect(plan.messages[1]?.text).toMatch(/needs a signed app/)
  })

  it('stops on a partial notarisation setup', () => {
    const plan = signingPlan('mac', { ...MAC, APPLE_ID: 'a@example.com' })
    expect(plan.messages.find((m) => m.level === 'error')?.text).toMatch(
      /APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID is not set/,
    )
  })
})

describe('the log', () => {
  it('uses GitHub annotations on Actions, so the run page shows an unsigned build', () => {
    const warning = { level: 'warning', text: 'Windows installer NOT signed' }
    expect(formatMessage(warning, { GITHUB_ACTIONS: 'true' })).toBe(
      '::warning title=Unsigned build::Windows installer NOT signed',
    )
    expect(formatMessage(warning, {})).toBe('WARNING: Windows installer NOT signed')
  })
})
