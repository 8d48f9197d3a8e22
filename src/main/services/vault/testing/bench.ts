import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { PRODUCTION_SCRYPT, deriveKey, type ScryptParams } from '../kdf'
import { StaticKeyProtector } from './static-key-protector'
import { MemoryVaultFiles } from './memory-vault-files'
import { type VaultFiles } from '../vault-files'
import { VaultStore } from '../vault-store'

export interface BenchOptions {
  /** Timed batches per measurement (the median batch is reported). */
  batches?: number
  batchSize?: number
  /** The folder to read from; in-memory by default, so the figure is the crypto and parsing cost. */
  files?: VaultFiles
  kdf?: ScryptParams
  kdfRuns?: number
}

export interface BenchResult {
  /** Median vault read (read + decrypt + UTF-8 decode + JSON.parse) over median bare JSON.parse. */
  openRatio: number
  /** Median time of one export/passphrase key derivation with the given (production) parameters. */
  kdfMs: number
  openMicros: number
  parseMicros: number
  documentBytes: number
}

/** A profile-shaped document of about 8 KB of JSON, mostly Japanese text. */
export function benchDocument(): Record<string, unknown> {
  const staff = Array.from({ length: 30 }, (_, i) => ({
    name: `山田 太郎${i}`,
    kana: `ヤマダ タロウ${i}`,
    role: i % 2 ? '事務担当者' : '採用担当者',
    phone: `03-1234-${String(5600 + i).padStart(4, '0')}`,
    email: `staff${i}@example.co.jp`,
  }))
  return {
    establishment: {
      name: '株式会社ハローワーク準備商店',
      kana: 'カブシキガイシャハローワークジュンビショウテン',
      corporateNumber: '1234567890123',
      postalCode: '1000001',
      address: '東京都千代田区千代田1-1 準備ビル3階',
      industry: '小売業（各種商品小売業）',
      employees: { total: 12, female: 5, partTime: 4 },
      description: '地域密着の小さなお店です。'.repeat(60),
    },
    staff,
    notes: Array.from({ length: 30 }, (_, i) => `メモ${i}: 求人票の下書きを確認する。`),
  }
}

export async function benchOpen(options: BenchOptions = {}): Promise<BenchResult> {
  const batches = options.batches ?? 31
  const batchSize = options.batchSize ?? 200
  const files = options.files ?? new MemoryVaultFiles()
  const vault = new VaultStore({ files, protector: new StaticKeyProtector(randomBytes(32)) })
  // The data key is unwrapped here, once for the run, as in the app; never per read.
  const opened = await vault.open()
  if (opened.state !== 'ready') throw new Error(`bench vault did not open: ${opened.reason}`)
  const doc = benchDocument()
  const plaintext = JSON.stringify(doc)
  await vault.write('bench', doc)

  const openSamples: number[] = []
  const parseSamples: number[] = []
  let sink = 0
  for (let batch = 0; batch < batches + 3; batch++) {
    let start = performance.now()
    for (let i = 0; i < batchSize; i++) {
      const result = await vault.read('bench')
      if (result.doc) sink++
    }
    const openTime = performance.now() - start
    start = performance.now()
    for (let i = 0; i < batchSize; i++) {
      const parsed: unknown = JSON.parse(plaintext)
      if (parsed) sink++
    }
    const parseTime = performance.now() - start
    // The first batches warm up the JIT and are not counted.
    if (batch >= 3) {
      openSamples.push(openTime / batchSize)
      parseSamples.push(parseTime / batchSize)
    }
  }
  if (sink === 0) throw new Error('unreachable')

  const kdfSamples: number[] = []
  const kdf = options.kdf ?? PRODUCTION_SCRYPT
  for (let i = 0; i < (options.kdfRuns ?? 3); i++) {
    const start = performance.now()
    const key = await deriveKey('bench passphrase 長いパスフレーズ', randomBytes(16), kdf)
    kdfSamples.push(performance.now() - start)
    key.fill(0)
  }
  await vault.close()

  const openMs = median(openSamples)
  const parseMs = median(parseSamples)
  return {
    openRatio: openMs / parseMs,
    kdfMs: median(kdfSamples),
    openMicros: openMs * 1000,
    parseMicros: parseMs * 1000,
    documentBytes: Buffer.byteLength(plaintext),
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
