#!/usr/bin/env node
// npm run bench: size and speed of the renderer against a floor built in the same run, plus the
// profile vault's open cost. Ratios, not absolute times: this machine is noisy.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { chromePath, runText } from './platform.mjs'

const root = resolve(import.meta.dirname, '..')
const outDir = join(root, 'out/bench')
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const TARGETS = { loadRatio: 1.5, jsGzipBytes: 250 * 1024, openRatio: 10, inputLatencyRatio: 1.5 }
/** Keystrokes per side in the offers bench (the median is reported). */
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 50)

mkdirSync(outDir, { recursive: true })

console.log('building the app …')
runText('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' })

console.log('building the baseline …')
const baselineDir = join(outDir, 'baseline')
await build({
  configFile: false,
  logLevel: 'warn',
  root: join(root, 'scripts/bench-baseline'),
  base: './',
  plugins: [vue()],
  resolve: { alias: { 'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' } },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
  },
  build: { outDir: baselineDir, emptyOutDir: true, minify: true },
})

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
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

console.log('building the offers bench fixtures …')
await build({
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: { '@shared': join(root, 'src/shared') } },
  build: {
    ssr: join(root, 'src/shared/job-offer/testing/fixtures.ts'),
    outDir: join(outDir, 'offers'),
    emptyOutDir: true,
    rolldownOptions: { output: { entryFileNames: 'fixtures.mjs', format: 'es' } },
  },
})
const fixtureModule = await import(pathToFileURL(join(outDir, 'offers', 'fixtures.mjs')).href)
const offerFixtures = { profile: fixtureModule.sampleProfile(), draft: fixtureModule.sampleDraft() }
const offersPage = await import(pathToFileURL(join(root, 'scripts/bench-offers/page.mjs')).href)

/**
 * Keystroke to the frame in which the finding line under the field shows it, in the draft editor
 * holding the full sample offer, against a bare input (with a line it updates itself) on the same
 * page. Each keystroke changes the line: the wage is half-typed, and the finding quotes it.
 */
async function offersInputLatency() {
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
    return await page.evaluate(() => window.__bench.samples)
  } finally {
    await context.close()
  }
}

const app = await serve(join(root, 'out/renderer'))
const base = await serve(baselineDir)
const appTimes = []
const baseTimes = []
let offerSamples = null
let exit = 0
try {
  await coldLoad(app.url) // warm the browser process itself, not the pages
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so both sides share whatever the machine is doing.
    appTimes.push(await coldLoad(app.url))
    baseTimes.push(await coldLoad(base.url))
  }
} catch (error) {
  console.error('the heading never appeared:', error.message)
  exit = 1
}
try {
  console.log(`measuring typing in the draft editor (${KEYSTROKES} keystrokes a side) …`)
  offerSamples = await offersInputLatency()
} catch (error) {
  console.error('the offers bench failed:', error.message)
  exit = 1
} finally {
  app.close()
  base.close()
  await browser.close()
}

console.log('measuring the profile vault (disk read + decrypt + parse + validate vs JSON.parse) …')
await build({
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: { '@shared': join(root, 'src/shared') } },
  build: {
    ssr: join(root, 'src/main/services/profile/testing/bench.ts'),
    outDir: join(outDir, 'vault'),
    emptyOutDir: true,
    rolldownOptions: { output: { entryFileNames: 'vault-bench.mjs', format: 'es' } },
  },
})
// In a fresh Node process, as main would be: not in this one, whose heap holds Vite and Playwright.
const vaultFigures = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(pathToFileURL(join(outDir, 'vault', 'vault-bench.mjs')).href)}); console.log(JSON.stringify(await m.benchProfileOpen()))`,
    ],
    { cwd: root, encoding: 'utf8' },
  ),
)

const appBytes = firstScreenBytes(join(root, 'out/renderer'))
const baseBytes = firstScreenBytes(baselineDir)
const results = {
  renderer: {
    jsBytes: appBytes.js,
    jsGzipBytes: appBytes.jsGzip,
    cssBytes: appBytes.css,
    cssGzipBytes: appBytes.cssGzip,
    baselineJsGzipBytes: baseBytes.jsGzip,
    loadMsMedian: appTimes.length ? median(appTimes) : null,
    baselineLoadMsMedian: baseTimes.length ? median(baseTimes) : null,
    loadRatio: appTimes.length ? median(appTimes) / median(baseTimes) : null,
    runs: appTimes.length,
  },
  offers: {
    inputLatencyRatio: offerSamples ? median(offerSamples.app) / median(offerSamples.bare) : null,
    appKeystrokeToFrameMsMedian: offerSamples ? median(offerSamples.app) : null,
    bareKeystrokeToFrameMsMedian: offerSamples ? median(offerSamples.bare) : null,
    keystrokes: offerSamples ? offerSamples.app.length : 0,
  },
  profile: {
    openRatio: vaultFigures.openRatio,
    openMicros: vaultFigures.openMicros,
    parseMicros: vaultFigures.parseMicros,
    documentBytes: vaultFigures.documentBytes,
    exportKdfMs: vaultFigures.exportKdfMs,
  },
  targets: TARGETS,
  measuredAt: new Date().toISOString(),
}
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

const r = results.renderer
const row = (name, value, target, ok) =>
  console.log(
    `${name.padEnd(34)} ${String(value).padStart(12)}   ${target.padEnd(12)} ${ok ? 'ok' : 'MISSED'}`,
  )
console.log(`\n${'measure'.padEnd(34)} ${'value'.padStart(12)}   target`)
row(
  'first-screen JS (gzip bytes)',
  r.jsGzipBytes,
  `≤ ${TARGETS.jsGzipBytes}`,
  r.jsGzipBytes <= TARGETS.jsGzipBytes,
)
row('first-screen CSS (gzip bytes)', r.cssGzipBytes, '', true)
row('first-screen JS raw / CSS raw', `${r.jsBytes}/${r.cssBytes}`, '', true)
row('baseline JS (gzip bytes)', r.baselineJsGzipBytes, '', true)
row('cold load to heading, app (ms)', r.loadMsMedian?.toFixed(1), '', true)
row('cold load to heading, baseline (ms)', r.baselineLoadMsMedian?.toFixed(1), '', true)
row(
  'loadRatio',
  r.loadRatio?.toFixed(3),
  `≤ ${TARGETS.loadRatio}`,
  r.loadRatio !== null && r.loadRatio <= TARGETS.loadRatio,
)
row(
  'profile.openRatio',
  results.profile.openRatio.toFixed(2),
  `≤ ${TARGETS.openRatio}`,
  results.profile.openRatio <= TARGETS.openRatio,
)
const o = results.offers
row('keystroke→line frame, editor (ms)', o.appKeystrokeToFrameMsMedian?.toFixed(1), '', true)
row('keystroke→line frame, bare (ms)', o.bareKeystrokeToFrameMsMedian?.toFixed(1), '', true)
row(
  'offers.inputLatencyRatio',
  o.inputLatencyRatio?.toFixed(3),
  `≤ ${TARGETS.inputLatencyRatio}`,
  o.inputLatencyRatio !== null && o.inputLatencyRatio <= TARGETS.inputLatencyRatio,
)
row('export KDF (ms, scrypt N=2^17)', results.profile.exportKdfMs.toFixed(0), '', true)
console.log(`\nwritten: out/bench/results.json (${r.runs} cold loads each side)`)

const missed =
  r.jsGzipBytes > TARGETS.jsGzipBytes ||
  r.loadRatio === null ||
  r.loadRatio > TARGETS.loadRatio ||
  results.profile.openRatio > TARGETS.openRatio ||
  results.offers.inputLatencyRatio === null ||
  results.offers.inputLatencyRatio > TARGETS.inputLatencyRatio
process.exit(exit || (missed ? 1 : 0))
