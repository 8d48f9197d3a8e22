import { mount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../i18n/testing'
import BaseCopyButton from './BaseCopyButton.vue'

function mountWith(result: { ok: boolean }) {
  const copy = vi.fn(async () =>
    result.ok ? { ok: true, value: undefined } : { ok: false, error: { code: 'internal' } },
  )
  Object.defineProperty(window, 'api', { value: { clipboard: { copy } }, configurable: true })
  const wrapper = mount(BaseCopyButton, {
    props: { text: '1234-567890-1' },
    global: { plugins: [createAppI18n('ja')] },
  })
  return { wrapper, copy }
}

describe('BaseCopyButton', () => {
  afterEach(() => vi.useRealTimers())

  it('copies through the api and says so, then resets', async () => {
    vi.useFakeTimers()
    const { wrapper, copy } = mountWith({ ok: true })
    expect(wrapper.text()).toContain('コピー')
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(copy).toHaveBeenCalledWith('1234-567890-1')
    expect(wrapper.get('button').attributes('data-state')).toBe('copied')
    expect(wrapper.text()).toContain('コピーしました')
    expect(wrapper.emitted('copied')).toEqual([['1234-567890-1']])
    vi.advanceTimersByTime(2500)
    await flushPromises()
    expect(wrapper.get('button').attributes('data-state')).toBe('idle')
  })

  it('reports a refused copy without emitting', async () => {
    const { wrapper } = mountWith({ ok: false })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('コピーできませんでした')
    expect(wrapper.emitted('copied')).toBeUndefined()
  })

  it('keeps its live region outside the button, so the name is said once', async () => {
    const copy = vi.fn(async () => ({ ok: true, value: undefined }))
    Object.defineProperty(window, 'api', { value: { clipboard: { copy } }, configurable: true })
    const wrapper = mount(BaseCopyButton, {
      props: { text: 'x' },
      attrs: { 'aria-describedby': 'label-1', 'data-copy': 'field' },
      global: { plugins: [createAppI18n('ja')] },
    })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    const button = wrapper.get('button')
    expect(button.text()).toBe('コピーしました')
    expect(button.find('[aria-live]').exists()).toBe(false)
    expect(wrapper.get('[aria-live]').text()).toBe('コピーしました')
    expect(button.attributes('aria-describedby')).toBe('label-1')
    expect(button.attributes('data-copy')).toBe('field')
  })
})
