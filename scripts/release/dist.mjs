#!/usr/bin/env node
// npm run dist:win / dist:mac, after `npm run build`: the icons from their source, a plain word in the
// log on whether the installer is signed (and notarised), then electron-builder with
// electron-builder.yml. Never publishes: the release workflow attaches the installers to a draft.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { generateIcons } from './icons.mjs'
import { formatMessage, signingPlan, tagProblem } from './preflight.mjs'

const TARGETS = { win: { win: ['nsis'] }, mac: { mac: ['dmg'] } }

const platform = process.argv[2]
if (!(platform in TARGETS)) {
  console.error('usage: node scripts/release/dist.mjs win|mac')
  process.exit(2)
}
const root = resolve(import.meta.dirname, '../..')
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'))

const badTag = tagProblem(version, process.env)
if (badTag) {
  console.error(formatMessage({ level: 'error', text: badTag }, process.env))
  process.exit(1)
}

const plan = signingPlan(platform, process.env)
for (const message of plan.messages) console.log(formatMessage(message, process.env))
if (plan.messages.some((m) => m.level === 'error')) process.exit(1)
for (const name of plan.unset) delete process.env[name]
Object.assign(process.env, plan.set)

await generateIcons()
console.log('icons generated from build/icon.svg')

// Imported late: electron-builder is heavy, and a bad tag or a half-set secret should fail at once.
const { build } = await import('electron-builder')
const files = await build({ projectDir: root, ...TARGETS[platform], publish: 'never' })
for (const file of files) console.log(`built ${file}`)
