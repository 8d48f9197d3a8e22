import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref, shallowRef } from 'vue'
import { useSettled } from './useSettled'

describe('useSettled: a figure that may lag typing', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setup() {
    const draft = shallowRef({ id: 'a', fields: 1 })
    const edits = ref(0)
    const work = vi.fn(() => `${draft.value.id}:${draft.value.fields}`)
    const scope = effectScope()
    const settled = scope.run(() =>
      useSettled(work, { now: () => [draft.value], later: () => edits.value }, 200),
    )!
    const type = async () => {
      draft.value.fields++
      edits.value++
      await nextTick()
    }
    return { draft, work, scope, settled, type }
  }

  it('is worked out at once, then only once typing has paused', async () => {
    const { work, settled, type } = setup()
    expect(settled.value).toBe('a:1')
    await type()
    await vi.advanceTimersByTimeAsync(150)
    await type()
    await vi.advanceTimersByTimeAsync(150)
    // Two keystrokes, neither followed by a pause: the figure has not been worked out again.
    expect(work).toHaveBeenCalledTimes(1)
    expect(settled.value).toBe('a:1')
    await vi.advanceTimersByTimeAsync(50)
    expect(work).toHaveBeenCalledTimes(2)
    expect(settled.value).toBe('a:3')
  })

  it('is worked out at once for another draft, without waiting', async () => {
    const { draft, settled } = setup()
    draft.value = { id: 'b', fields: 7 }
    await nextTick()
    expect(settled.value).toBe('b:7')
  })

  it('does nothing more once its screen is gone', async () => {
    const { work, scope, type } = setup()
    await type()
    scope.stop()
    await vi.advanceTimersByTimeAsync(1000)
    expect(work).toHaveBeenCalledTimes(1)
  })
})
