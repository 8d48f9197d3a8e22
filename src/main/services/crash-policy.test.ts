import { describe, expect, it } from 'vitest'
import { CrashPolicy } from './crash-policy'

describe('crash policy', () => {
  it('reloads once, gives up on a second crash within a minute, reloads again after it', () => {
    const clock = {
      ms: 0,
      now() {
        return this.ms
      },
    }
    const policy = new CrashPolicy(clock)
    expect(policy.decide('main')).toBe('reload')
    clock.ms = 59_999
    expect(policy.decide('main')).toBe('give-up')
    // Each window counts on its own.
    expect(policy.decide('compact')).toBe('reload')
    clock.ms += 60_000
    expect(policy.decide('main')).toBe('reload')
    policy.reset('main')
    expect(policy.decide('main')).toBe('reload')
  })
})
