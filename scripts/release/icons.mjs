#!/usr/bin/env node
// npm run icons: renders the icon's one source (build/icon.svg) into what the OSes want. Run by
// dist:win / dist:mac before electron-builder and by `npm run dev`; the outputs are not committed.
//   build/icons/icon.icns  macOS: the whole 1024 px canvas, margin and shadow included (Apple's grid)
//   build/icons/icon.ico   Windows (app, installer, shortcuts): the body alone, as Windows icons have no margin
//   resources/icon.png     the window icon main passes to BrowserWindow (Windows title bar in dev, Linux)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { IconIcns, IconIco } from '@shockpkg/icon-encoder'

const root = resolve(import.meta.dirname, '../..')

export const ICON_SOURCE = join(root, 'build/icon.svg')
export const ICON_OUTPUTS = {
  icns: 'build/icons/icon.icns',
  ico: 'build/icons/icon.ico',
  png: 'resources/icon.png',
}
/** The body on Apple's 1024 px grid: 824 px, 100 px in from each edge. */
export const MAC_BODY = { inset: 100, size: 824 }
/** Windows asks for these (the shell picks by DPI; 256 is the large-icon view and the installer's). */
export const ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 96, 128, 256]
/**
 * iconutil's set for macOS 10.14 and later: type and pixel size (the @2x types are double).
 * @type {[string, number][]}
 */
export const ICNS_TYPES = [
  ['ic04', 16],
  ['ic05', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
]
export const WINDOW_PNG_SIZE = 512

let wasmReady
function ready() {
  const require = createRequire(import.meta.url)
  wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
  return wasmReady
}

/** The body alone: the same drawing with the viewBox narrowed to the body, so nothing is resampled. */
export function bodyOnly(svg) {
  const { inset, size } = MAC_BODY
  const narrowed = svg.replace(/viewBox="[^"]*"/, `viewBox="${inset} ${inset} ${size} ${size}"`)
  if (narrowed === svg) throw new Error('icon source: no viewBox to narrow')
  return narrowed
}

/** Renders an SVG square to `size` px: PNG bytes and the raw RGBA pixels. */
export async function render(svg, size) {
  await ready()
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render()
  if (image.width !== size || image.height !== size) {
    throw new Error(`icon source: rendered ${image.width}×${image.height}, expected a square`)
  }
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height }
}

/** Writes the three icons under `outRoot` (the repository by default) and returns their paths. */
export async function generateIcons({ source = ICON_SOURCE, outRoot = root } = {}) {
  const svg = readFileSync(source, 'utf8')
  const body = bodyOnly(svg)
  // Each size is drawn from the vector source, never scaled down from a bigger bitmap.
  const drawn = new Map()
  const draw = async (variant, size) => {
    const key = `${variant === svg ? 'mac' : 'body'}:${size}`
    if (!drawn.has(key)) drawn.set(key, (await render(variant, size)).png)
    return drawn.get(key)
  }

  const icns = new IconIcns()
  icns.toc = true
  for (const [type, size] of ICNS_TYPES) await icns.addFromPng(await draw(svg, size), [type], true)
  const ico = new IconIco()
  // The encoder's default: BMP entries for the small sizes (what every reader takes), PNG for the large.
  for (const size of ICO_SIZES) await ico.addFromPng(await draw(body, size), null, true)
  const png = await draw(body, WINDOW_PNG_SIZE)

  const written = {}
  for (const [kind, data] of [
    ['icns', icns.encode()],
    ['ico', ico.encode()],
    ['png', png],
  ]) {
    const path = join(outRoot, ICON_OUTPUTS[kind])
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, data)
    written[kind] = path
  }
  return written
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = Date.now()
  const written = await generateIcons()
  console.log(`icons from build/icon.svg in ${Date.now() - started} ms:`)
  for (const path of Object.values(written)) console.log(`  ${path}`)
}
