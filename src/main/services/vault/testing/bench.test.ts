import { describe, expect, it } from 'vitest'
import { benchDocument, benchOpen } from './bench'
import { CHEAP_SCRYPT } from './helpers'

describe('benchOpen', () => {
  it('reports medians for a ~8 KB document (cheap KDF here; the script uses production)', async () => {
    const bytes = Buffer.byteLength(JSON.stringify(benchDocument()))
    expect(bytes).toBeGreaterThan(7000)
    expect(bytes).toBeLessThan(10_000)
    const result = await benchOpen({ batches: 5, batchSize: 20, kdf: CHEAP_SCRYPT, kdfRuns: 1 })
    expect(result.openRatio).toBeGreaterThan(1)
    expect(result.kdfMs).toBeGreaterThan(0)
    expect(result.documentBytes).toBe(bytes)
  })
})
