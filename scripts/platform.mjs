// How the scripts start other programs and find a browser on Windows, macOS and Linux alike.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const windows = process.platform === 'win32'

/**
 * One argument for cmd.exe: quoted when it holds a space or a character cmd.exe treats specially,
 * with inner quotes doubled. (On Windows `npx` and `npm` are .cmd files, which Node only starts
 * through a shell since the 2024 BatBadBut fix; the shell then splits the line again.)
 */
export function quoteForCmd(arg) {
  if (arg !== '' && !/[\s"&|<>^%()!,;=]/.test(arg)) return arg
  return `"${arg.replace(/"/g, '""')}"`
}

function shellOptions(options) {
  return windows ? { ...options, shell: true, windowsVerbatimArguments: true } : options
}

function shellArgs(args) {
  return windows ? args.map(quoteForCmd) : args
}

/** Runs a command (npx, npm, …) to the end with the given options; answers spawnSync's result. */
export function run(command, args, options = {}) {
  return spawnSync(command, shellArgs(args), shellOptions(options))
}

/** Runs a command and answers its output; throws when it fails, as execFileSync does. */
export function runText(command, args, options = {}) {
  return execFileSync(command, shellArgs(args), shellOptions(options))
}

/** The Chromium or Chrome for the end-to-end tests and the bench: CHROME_PATH, else the usual place. */
export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  const candidates = {
    win32: [
      join(
        process.env.PROGRAMFILES ?? 'C:\\Program Files',
        'Google\\Chrome\\Application\\chrome.exe',
      ),
      join(
        process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
        'Microsoft\\Edge\\Application\\msedge.exe',
      ),
    ],
    darwin: [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
  }[process.platform] ?? [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  return candidates.find((path) => existsSync(path)) ?? candidates[0]
}

/**
 * How the end-to-end tests and the bench start Chromium: headless, with nothing that reaches the
 * network or changes between runs (updates, sync, QUIC probes), so both measure the same browser.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
