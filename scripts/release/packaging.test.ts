import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import identity from '../../src/shared/app-identity.json'
import { ICON_OUTPUTS } from './icons.mjs'

const root = resolve(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)

interface BuilderConfig {
  appId?: string
  copyright?: string
  productName?: string
  directories?: { buildResources?: string; output?: string }
  extraResources?: { from: string; to: string }[]
  win?: { icon?: string; target?: { target: string; arch: string[] }[] }
  nsis?: { artifactName?: string; deleteAppDataOnUninstall?: boolean }
  mac?: {
    icon?: string
    hardenedRuntime?: boolean
    entitlements?: string
    entitlementsInherit?: string
    target?: { target: string; arch: string[] }[]
  }
  dmg?: { artifactName?: string }
}

let config: BuilderConfig

beforeAll(async () => {
  // electron-builder's own loader and schema (the binary parts of electron-builder cannot run here,
  // its configuration code can): `extends` merged, every key checked against its schema.
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config')
  const { DebugLogger } = require('builder-util/out/DebugLogger')
  config = await getConfig(root, null, null)
  await validateConfiguration(config, new DebugLogger(false))
}, 30_000)

describe('electron-builder configuration', () => {
  it('takes the app id and copyright from the file main reads, and writes them nowhere else', () => {
    expect(config.appId).toBe(identity.appId)
    expect(config.copyright).toBe(identity.copyright)
    const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
    expect(yml).not.toMatch(/^\s*(appId|copyright):/m)
    expect(readFileSync(join(root, 'src/main/index.ts'), 'utf8')).not.toContain(identity.appId)
  })

  it('signs macOS with the hardened runtime and only the allow-jit entitlement, app and helpers alike', () => {
    expect(config.mac?.hardenedRuntime).toBe(true)
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist')
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements)
    const plist = require('plist') as { parse(xml: string): unknown }
    const entitlements = plist.parse(readFileSync(join(root, config.mac!.entitlements!), 'utf8'))
    expect(entitlements).toEqual({ 'com.apple.security.cs.allow-jit': true })
  })

  it('uses the icons generated from the one source', () => {
    expect(config.mac?.icon).toBe(ICON_OUTPUTS.icns)
    expect(config.win?.icon).toBe(ICON_OUTPUTS.ico)
    const main = readFileSync(join(root, 'src/main/index.ts'), 'utf8')
    expect(main).toContain(`'../../${ICON_OUTPUTS.png}'`)
    const ignored = readFileSync(join(root, '.gitignore'), 'utf8').split('\n')
    for (const path of [ICON_OUTPUTS.png, 'build/icons']) expect(ignored).toContain(path)
  })

  it('builds NSIS for Windows and a DMG for macOS, both for x64 and arm64', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(config.nsis?.artifactName).toBe('hellowork-mypage-prep-${version}-setup-${arch}.${ext}')
    expect(config.dmg?.artifactName).toBe('hellowork-mypage-prep-${version}-${arch}.${ext}')
  })

  it('ships the licence texts beside the program and keeps the user’s data on uninstall', () => {
    // From 26.17 electron-builder keeps Electron's and Chromium's licence files in the macOS app too.
    const builder = require('electron-builder/package.json') as { version: string }
    const [major = 0, minor = 0] = builder.version.split('.').map(Number)
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(26_017)
    expect(config.extraResources).toContainEqual({
      from: 'out/licences/THIRD-PARTY-LICENSES.txt',
      to: 'THIRD-PARTY-LICENSES.txt',
    })
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('runs the icon generator before electron-builder in both dist scripts', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
      engines: { node: string }
    }
    expect(pkg.scripts['dist:win']).toBe('npm run build && node scripts/release/dist.mjs win')
    expect(pkg.scripts['dist:mac']).toBe('npm run build && node scripts/release/dist.mjs mac')
    const dist = readFileSync(join(root, 'scripts/release/dist.mjs'), 'utf8')
    expect(dist.indexOf('await generateIcons()')).toBeGreaterThan(0)
    expect(dist.indexOf('await generateIcons()')).toBeLessThan(
      dist.indexOf("import('electron-builder')"),
    )
    // CI here runs Node 20; contributors are told 22.12 (README), which Electron's tooling declares.
    expect(pkg.engines.node).toBe('>=20.19')
  })
})
