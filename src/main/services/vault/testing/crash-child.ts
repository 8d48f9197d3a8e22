/**
 * Child process for the crash test (bundled to a temp .mjs and run by plain node): opens the vault in
 * the folder given as argv[2] and saves new versions as fast as it can until it is killed. It prints
 * `ready <n>` once open and `committed <n>` after each write resolved.
 */
import { NodeVaultFiles } from '../../../adapters/vault-fs'
import { CRASH_DOC_ID, CRASH_SECRET_HEX, crashDoc } from './crash-fixture'
import { StaticKeyProtector } from './static-key-protector'
import { VaultStore } from '../vault-store'

const dir = process.argv[2]
if (!dir) throw new Error('usage: crash-child <dir>')
const vault = new VaultStore({
  files: new NodeVaultFiles(dir),
  protector: new StaticKeyProtector(Buffer.from(CRASH_SECRET_HEX, 'hex')),
})
const opened = await vault.open()
if (opened.state !== 'ready') {
  process.stdout.write(`locked ${opened.reason}\n`)
  process.exit(2)
}
const current = await vault.read(CRASH_DOC_ID)
let version = (current.doc as { version: number }).version
process.stdout.write(`ready ${version}\n`)
for (;;) {
  version++
  await vault.write(CRASH_DOC_ID, crashDoc(version))
  process.stdout.write(`committed ${version}\n`)
}
