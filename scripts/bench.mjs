#!/usr/bin/env node
// npm run bench: the app's speed and size against floors measured beside it, in the same run.
//
// This machine is noisy, so nothing here is an absolute time. Every figure that decides is a
// ratio of the app against a floor, the two sides measured alternately within a round so both
// share whatever the machine is doing; and every ratio is the median of ROUNDS (3) such paired
// rounds, reported with its spread (its lowest and highest round), so one noisy round never
// decides. The other figures of a section are those of its median round.
//
// Adding a section is one call in the list at the bottom:
//
//   await section('profile', {
//     ratio: 'openRatio', // the figure that decides, as results.profile.openRatio
//     target: 10, // it passes when the median is at most this
//     round: async () => ({ openRatio: app / floor, appMs: app, floorMs: floor }),
//   })
//
// A section with several deciding figures names them with their targets instead:
// `ratios: { startRatio: 2, switchRatio: 2 }` (the first picks the median round).
//
// `round` measures one paired round (app and floor alternating) and answers the ratio with any
// figures worth keeping; `section` runs it ROUNDS times and writes out/bench/results.json.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import { chromium } from 'playwright-core'
import { build, loadConfigFromFile } from 'vite'
import { CHROMIUM_FLAGS, chromePath, runText } from './platform.mjs'

const root = resolve(import.meta.dirname, '..')
const outDir = join(root, 'out/bench')
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
/** Cold loads per side in one round of the first-screen bench. */
const LOADS = Number(process.env.BENCH_RUNS ?? 15)
/** Keystrokes per side in one round of the offers bench. */
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 50)
const JS_GZIP_TARGET = 250 * 1024
/** While working on one figure: `BENCH_ONLY=offers npm run bench` runs only the sections named. */
const ONLY = process.env.BENCH_ONLY?.split(',') ?? null

mkdirSync(outDir, { recursive: true })

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

// ---------------------------------------------------------------------------------------------
// The sections' common part: rounds, medians, spreads, the results file and the table.

const results = { rounds: ROUNDS, targets: {}, measuredAt: new Date().toISOString() }
const rows = []
let failed = false

/**
 * Runs `round` ROUNDS times and keeps the median round's figures under `results[name]`, with the
 * ratio's spread (`<ratio>Spread`: lowest, highest, and their difference) and every round's ratio
 * (`<ratio>Rounds`). A round that throws fails the bench; the others still report.
 */
async function section(name, { ratio, target, ratios, round, figures = {} }) {
  if (ONLY && !ONLY.includes(name)) return null
  // One ratio (`ratio` ≤ `target`), or several (`ratios`: each name with its target; the first
  // picks the median round whose other figures are kept).
  const targets = ratios ?? { [ratio]: target }
  const [first] = Object.keys(targets)
  const done = []
  for (let i = 0; i < ROUNDS; i++) {
    try {
      done.push(await round(i))
    } catch (error) {
      console.error(`${name}: round ${i + 1} failed:`, error.message)
      failed = true
    }
  }
  const mid = done.length ? [...done].sort((a, b) => a[first] - b[first])[done.length >> 1] : {}
  results[name] = { ...figures, ...mid }
  for (const [key, limit] of Object.entries(targets)) {
    const values = done.map((r) => r[key])
    const low = Math.min(...values)
    const high = Math.max(...values)
    results.targets[`${name}.${key}`] = limit
    results[name][key] = done.length ? median(values) : null
    results[name][`${key}Spread`] = done.length ? { low, high, spread: high - low } : null
    results[name][`${key}Rounds`] = values
    const value = results[name][key]
    rows.push({
      name: `${name}.${key}`,
      value: value === null ? 'none' : value.toFixed(3),
      spread: done.length ? `${low.toFixed(3)}–${high.toFixed(3)}` : '',
      target: `≤ ${limit}`,
      ok: value !== null && value <= limit,
    })
  }
  return results[name]
}

// ---------------------------------------------------------------------------------------------
// Builds: the app, the first-screen floor, the offers fixtures, the vault bench.

console.log('building the app …')
runText('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' })

// The floor is built as the app's renderer is (the same `define` flags and vue-i18n build), so the
// ratio measures what the app adds, not a difference of configuration.
const { config: appConfig } = await loadConfigFromFile(
  { command: 'build', mode: 'production' },
  join(root, 'electron.vite.config.ts'),
  root,
  'silent',
)
const rendererConfig = appConfig.renderer
console.log('building the first-screen floor …')
const baselineDir = join(outDir, 'baseline')
await build({
  configFile: false,
  logLevel: 'warn',
  root: join(root, 'scripts/bench-baseline'),
  base: './',
  plugins: [vue()],
  resolve: { alias: { 'vue-i18n': rendererConfig.resolve.alias['vue-i18n'] } },
  define: rendererConfig.define,
  build: { outDir: baselineDir, emptyOutDir: true, minify: true },
})

/** Bundles a TypeScript module of the repo for plain Node (the fixtures, the vault bench). */
async function bundle(entry, dir, file) {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'src/shared') } },
    build: {
      ssr: join(root, entry),
      outDir: join(outDir, dir),
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: file, format: 'es' } },
    },
  })
  return join(outDir, dir, file)
}

console.log('building the offers fixtures and the vault bench …')
const fixtureModule = await import(
  pathToFileURL(await bundle('src/shared/job-offer/testing/fixtures.ts', 'offers', 'fixtures.mjs'))
    .href
)
const offerFixtures = { profile: fixtureModule.sampleProfile(), draft: fixtureModule.sampleDraft() }
const offersPage = await import(pathToFileURL(join(root, 'scripts/bench-offers/page.mjs')).href)
const vaultBench = await bundle(
  'src/main/services/profile/testing/bench.ts',
  'vault',
  'vault-bench.mjs',
)
const establishmentsBench = await bundle(
  'src/main/services/establishments/testing/bench.ts',
  'establishments',
  'establishments-bench.mjs',
)

// ---------------------------------------------------------------------------------------------
// Chromium and the pages.

/** Bytes the first screen loads: the entry script, its modulepreloads and its stylesheets. */
function firstScreenBytes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1])
  const sum = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 }
  for (const ref of new Set(refs)) {
    const body = readFileSync(join(dir, ref))
    const kind = ref.endsWith('.css') ? 'css' : 'js'
    sum[kind] += body.length
    sum[`${kind}Gzip`] += gzipSync(body, { level: 9 }).length
  }
  return sum
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname
    try {
      const body = await readFile(join(dir, path === '/' ? 'index.html' : path))
      res.writeHead(200, {
        'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream',
      })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }
}

// The home screen asks main for the settings before it mounts; both pages get the same stub bridge.
function stubApi() {
  const answer = (value) => () => Promise.resolve({ ok: true, value })
  const handler = {
    get: (_t, area) =>
      new Proxy(
        {},
        {
          get: (_g, method) =>
            area === 'settings' && method === 'get' ? answer({ locale: 'ja' }) : answer(null),
        },
      ),
  }
  Object.defineProperty(window, 'api', { value: new Proxy({}, handler) })
}

const browser = await chromium.launch({
  executablePath: chromePath(),
  headless: true,
  args: CHROMIUM_FLAGS,
})
const app = await serve(join(root, 'out/renderer'))
const base = await serve(baselineDir)

/** Cold load: a new context (empty cache) per run; time from navigation start to the h1 having text. */
async function coldLoad(url) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 } })
  await context.addInitScript(stubApi)
  const page = await context.newPage()
  try {
    await page.goto(url, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(
      () => (document.querySelector('h1')?.textContent ? performance.now() : false),
      undefined,
      { timeout: 15_000, polling: 'raf' },
    )
    return Number(await handle.jsonValue())
  } finally {
    await context.close()
  }
}

/** One round of the first screen: LOADS cold loads a side, app and floor alternating. */
async function firstScreenRound() {
  const appTimes = []
  const baseTimes = []
  for (let i = 0; i < LOADS; i++) {
    appTimes.push(await coldLoad(app.url))
    baseTimes.push(await coldLoad(base.url))
  }
  return {
    loadRatio: median(appTimes) / median(baseTimes),
    loadMsMedian: median(appTimes),
    baselineLoadMsMedian: median(baseTimes),
    runs: appTimes.length,
  }
}

/**
 * One round of the offers bench: keystroke to the frame in which the finding line under the field
 * shows it, in the draft editor holding the full sample offer, against a bare input (with a line
 * it updates itself) on the same page. Each keystroke changes the line: the wage is half-typed,
 * and the finding quotes it.
 */
async function offersRound() {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 } })
  await context.addInitScript(offersPage.stubOffersApi, offerFixtures)
  const page = await context.newPage()
  try {
    await page.goto(`${app.url}#/drafts/edit?id=${offerFixtures.draft.id}&screen=4`)
    const field = page.locator('[data-field="wage.baseMin"]')
    await field.waitFor({ timeout: 15_000 })
    await field.fill('230,000円〜')
    const line = '[data-draft-field="wage.baseMin"] .draft-field__messages'
    await page.locator(`${line} [data-offer-rule="min-wage-unchecked"]`).waitFor()
    await page.evaluate(offersPage.instrument, line)
    const press = async (which, selector) => {
      await page.evaluate((w) => (window.__bench.which = w), which)
      const before = await page.evaluate((w) => window.__bench.samples[w].length, which)
      await page.locator(selector).press('x')
      await page.waitForFunction(
        ([w, n]) => window.__bench.samples[w].length > n,
        [which, before],
        { timeout: 5000 },
      )
    }
    // Warm-up keystrokes on both sides, then alternate so both share the machine's state.
    for (let i = 0; i < 5; i++) {
      await press('app', '[data-field="wage.baseMin"]')
      await press('bare', '#bench-bare')
    }
    await page.evaluate(() => {
      window.__bench.samples.app = []
      window.__bench.samples.bare = []
    })
    for (let i = 0; i < KEYSTROKES; i++) {
      await press('app', '[data-field="wage.baseMin"]')
      await press('bare', '#bench-bare')
    }
    const samples = await page.evaluate(() => window.__bench.samples)
    return {
      inputLatencyRatio: median(samples.app) / median(samples.bare),
      appKeystrokeToFrameMsMedian: median(samples.app),
      bareKeystrokeToFrameMsMedian: median(samples.bare),
      keystrokes: samples.app.length,
    }
  } finally {
    await context.close()
  }
}

/**
 * One round of the vault bench, in a fresh Node process as main would be (not this one, whose heap
 * holds Vite and Playwright): ProfileService.get (disk read + decrypt + parse + validate) against a
 * bare JSON.parse of the same text, batches alternating.
 */
function profileRound() {
  return inFreshNode(vaultBench, 'benchProfileOpen')
}

/**
 * One round of the establishments bench, in a fresh Node process: start (vault open + list) with
 * 200 establishments, each a full profile and 20 drafts, against the same with one; and a switch
 * against opening that establishment's three documents.
 */
function establishmentsRound() {
  return inFreshNode(establishmentsBench, 'benchEstablishments')
}

function inFreshNode(module, fn) {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(module).href)}); console.log(JSON.stringify(await m.${fn}()))`
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// The sections.

const appBytes = firstScreenBytes(join(root, 'out/renderer'))
const baseBytes = firstScreenBytes(baselineDir)
try {
  if (!ONLY || ONLY.includes('renderer')) await coldLoad(app.url) // warm the browser process
  console.log(`measuring the first screen (${ROUNDS} rounds of ${LOADS} cold loads a side) …`)
  await section('renderer', {
    ratio: 'loadRatio',
    target: 1.5,
    round: firstScreenRound,
    figures: {
      jsBytes: appBytes.js,
      jsGzipBytes: appBytes.jsGzip,
      cssBytes: appBytes.css,
      cssGzipBytes: appBytes.cssGzip,
      baselineJsBytes: baseBytes.js,
      baselineJsGzipBytes: baseBytes.jsGzip,
    },
  })
  console.log(`measuring typing in the draft editor (${ROUNDS} rounds of ${KEYSTROKES} keys) …`)
  await section('offers', { ratio: 'inputLatencyRatio', target: 1.5, round: offersRound })
} finally {
  app.close()
  base.close()
  await browser.close()
}
console.log(`measuring the profile vault (${ROUNDS} rounds) …`)
await section('profile', { ratio: 'openRatio', target: 10, round: profileRound })
console.log(`measuring several establishments: 200 vs 1, switching vs opening (${ROUNDS} rounds) …`)
await section('establishments', {
  ratios: { startRatio: 2, switchRatio: 2 },
  round: establishmentsRound,
})

// ---------------------------------------------------------------------------------------------
// Report.

results.targets['renderer.jsGzipBytes'] = JS_GZIP_TARGET
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

const r = results.renderer ?? {}
const line = (name, value, spread, target, ok) =>
  console.log(
    `${name.padEnd(36)} ${String(value).padStart(12)}  ${spread.padEnd(13)}  ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`,
  )
console.log(`\n${'measure'.padEnd(36)} ${'median'.padStart(12)}  ${'rounds'.padEnd(13)}  target`)
for (const row of rows) line(row.name, row.value, row.spread, row.target, row.ok)
const jsOk = r.jsGzipBytes === undefined || r.jsGzipBytes <= JS_GZIP_TARGET
line('renderer.jsGzipBytes (first screen)', r.jsGzipBytes, '', `≤ ${JS_GZIP_TARGET}`, jsOk)
const info = (name, value) => console.log(`${name.padEnd(36)} ${String(value).padStart(12)}`)
info('  floor JS (gzip bytes)', r.baselineJsGzipBytes)
info('  first-screen JS raw / floor raw', `${r.jsBytes}/${r.baselineJsBytes}`)
info('  first-screen CSS raw (gzip)', `${r.cssBytes} (${r.cssGzipBytes})`)
info('  cold load to heading, app (ms)', r.loadMsMedian?.toFixed(1))
info('  cold load to heading, floor (ms)', r.baselineLoadMsMedian?.toFixed(1))
const o = results.offers ?? {}
info('  keystroke→line frame, editor (ms)', o.appKeystrokeToFrameMsMedian?.toFixed(1))
info('  keystroke→line frame, bare (ms)', o.bareKeystrokeToFrameMsMedian?.toFixed(1))
info('  export KDF (ms, scrypt N=2^17)', results.profile?.exportKdfMs?.toFixed(0))
const e = results.establishments ?? {}
info('  start, 200 establishments (ms)', e.startManyMs?.toFixed(2))
info('  start, 1 establishment (ms)', e.startOneMs?.toFixed(2))
info('  switch (ms)', e.switchMs?.toFixed(2))
info('  open three documents (ms)', e.openDocumentsMs?.toFixed(2))
console.log(`\nwritten: out/bench/results.json (median of ${ROUNDS} rounds each)`)

process.exit(failed || !jsOk || rows.some((row) => !row.ok) ? 1 : 0)
