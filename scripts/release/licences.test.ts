import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import {
  bundledLicences,
  collectLicences,
  packageDirOf,
  packageNameOf,
  productionClosure,
  type BundleRecord,
  type PackageLicence,
} from './licences'

/** A throwaway project: package.json plus packages in node_modules, each with its files. */
function project(packages: Record<string, { manifest?: object; files?: Record<string, string> }>) {
  const root = mkdtempSync(join(tmpdir(), 'hwmp-licences-'))
  for (const [dir, { manifest, files }] of Object.entries(packages)) {
    mkdirSync(join(root, dir), { recursive: true })
    if (manifest) writeFileSync(join(root, dir, 'package.json'), JSON.stringify(manifest))
    for (const [name, text] of Object.entries(files ?? {}))
      writeFileSync(join(root, dir, name), text)
  }
  return root
}

const MIT = (who: string) => `MIT License\n\nCopyright (c) ${who}\n`

describe('which package a module belongs to', () => {
  it('takes the innermost node_modules folder, scoped or not', () => {
    expect(packageDirOf('/p/node_modules/vue/dist/vue.js')).toBe('/p/node_modules/vue')
    expect(packageDirOf('/p/node_modules/@vue/shared/dist/x.js')).toBe(
      '/p/node_modules/@vue/shared',
    )
    expect(packageDirOf('/p/node_modules/a/node_modules/b/i.js')).toBe(
      '/p/node_modules/a/node_modules/b',
    )
    expect(packageDirOf('\0/p/node_modules/pinia/x.mjs?commonjs-proxy')).toBe(
      '/p/node_modules/pinia',
    )
    expect(packageDirOf('C:\\p\\node_modules\\vue\\index.js'.split('\\').join('/'))).toBe(
      'C:/p/node_modules/vue',
    )
  })

  it('leaves the app’s own code and virtual modules out', () => {
    expect(packageDirOf('/p/src/renderer/src/main.ts')).toBeNull()
    expect(packageDirOf('\0plugin-vue:export-helper')).toBeNull()
  })

  it('names the package of a bare import and ignores built-ins, Electron and paths', () => {
    expect(packageNameOf('electron-store')).toBe('electron-store')
    expect(packageNameOf('@holiday-jp/holiday_jp/lib/x.js')).toBe('@holiday-jp/holiday_jp')
    for (const other of ['node:fs', 'fs', 'electron', 'electron/main', './chunk.js', '/abs.js']) {
      expect(packageNameOf(other), other).toBeNull()
    }
  })
})

describe('what electron-builder ships from node_modules', () => {
  const root = project({
    '.': { manifest: { name: 'app', dependencies: { a: '1' }, devDependencies: { dev: '1' } } },
    'node_modules/a': {
      manifest: {
        name: 'a',
        version: '1.0.0',
        dependencies: { b: '2' },
        optionalDependencies: { gone: '1' },
      },
    },
    'node_modules/a/node_modules/b': { manifest: { name: 'b', version: '2.0.0' } },
    'node_modules/b': { manifest: { name: 'b', version: '1.0.0' } },
    'node_modules/dev': { manifest: { name: 'dev', version: '1.0.0' } },
  })

  it('follows dependencies the way Node resolves them, not devDependencies nor absent optionals', () => {
    const closure = productionClosure(['a'], root)
    expect([...closure.keys()].map((dir) => dir.slice(root.length + 1))).toEqual([
      join('node_modules', 'a'),
      join('node_modules', 'a', 'node_modules', 'b'),
    ])
  })

  it('refuses a dependency that is not installed rather than leave it out', () => {
    expect(() => productionClosure(['missing'], root)).toThrow(
      /cannot find the installed package missing/,
    )
  })
})

describe('the merged list', () => {
  const root = project({
    '.': { manifest: { name: 'app', productName: 'App', dependencies: { store: '1' } } },
    'node_modules/store': {
      manifest: { name: 'store', version: '1.1.0', license: 'MIT' },
      files: { license: MIT('Store Author') },
    },
    'node_modules/ui': {
      manifest: { name: 'ui', version: '3.0.0', license: 'Apache-2.0' },
      files: { LICENSE: 'Apache License 2.0 text', NOTICE: 'UI notice' },
    },
    'node_modules/bare': { manifest: { name: 'bare', version: '0.1.0', license: 'ISC' } },
    'node_modules/electron': {
      manifest: { name: 'electron', version: '45.5.0', license: 'MIT' },
      files: { LICENSE: MIT('Electron contributors') },
    },
  })
  const records: BundleRecord[] = [
    { bundle: 'main', packages: [], externals: ['store'] },
    { bundle: 'renderer', packages: ['node_modules/ui', 'node_modules/bare'], externals: [] },
  ]
  const byName = (list: PackageLicence[]) => Object.fromEntries(list.map((p) => [p.name, p]))

  it('joins the bundles, the shipped node_modules and the runtime, each with where it ships', () => {
    const list = byName(collectLicences(records, root))
    expect(Object.keys(list)).toEqual(['bare', 'electron', 'store', 'ui'])
    expect(list['ui']?.shipped).toEqual(['renderer'])
    expect(list['store']?.shipped).toEqual(['node_modules'])
    expect(list['electron']?.shipped).toEqual(['runtime'])
  })

  it('carries each package’s licence files, NOTICE included, and marks a package with none', () => {
    const list = byName(collectLicences(records, root))
    expect(list['ui']?.text).toBe('Apache License 2.0 text\n\nUI notice')
    expect(list['store']?.text).toContain('Copyright (c) Store Author')
    expect(list['bare']?.text).toBe('')
    expect(list['electron']?.text).toContain('LICENSES.chromium.html')
  })
})

describe('the build plugin', () => {
  it('records the packages whose code a real build keeps, and not those tree-shaken away', async () => {
    const root = project({
      '.': { manifest: { name: 'app', productName: 'App', type: 'module' } },
      'node_modules/kept': {
        manifest: {
          name: 'kept',
          version: '1.0.0',
          license: 'MIT',
          type: 'module',
          main: 'index.js',
        },
        files: { 'index.js': 'export const kept = () => "kept"\n', LICENSE: MIT('Kept') },
      },
      'node_modules/shaken': {
        manifest: {
          name: 'shaken',
          version: '1.0.0',
          license: 'MIT',
          type: 'module',
          main: 'index.js',
        },
        files: { 'index.js': 'export const unused = () => "unused"\n', LICENSE: MIT('Shaken') },
      },
      src: {
        files: {
          'entry.js':
            "import { kept } from 'kept'\nimport { unused } from 'shaken'\nvoid unused\nconsole.log(kept())\n",
        },
      },
    })
    const outDir = join(root, 'out/licences')
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [bundledLicences('renderer', { root, outDir })],
      build: {
        outDir: join(root, 'out/renderer'),
        rolldownOptions: { input: join(root, 'src/entry.js') },
      },
    })
    const record = JSON.parse(readFileSync(join(outDir, 'renderer.json'), 'utf8')) as BundleRecord
    expect(record.packages).toEqual(['node_modules/kept'])
    const list = JSON.parse(readFileSync(join(outDir, 'licences.json'), 'utf8')) as PackageLicence[]
    expect(list.map((p) => p.name)).toEqual(['kept'])
    const text = readFileSync(join(outDir, 'THIRD-PARTY-LICENSES.txt'), 'utf8')
    expect(text).toContain('kept 1.0.0 (MIT)')
    expect(text).toContain('Copyright (c) Kept')
  }, 30_000)
})
