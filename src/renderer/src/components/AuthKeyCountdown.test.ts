import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '@shared/ipc/result'
import { AUTH_KEY_VALIDITY_MS, idleState, stageFor, type TimerState } from '@shared/timer'
import { createAppI18n } from '../i18n/testing'
import { useTimerStore } from '../stores/timer'
import AuthKeyCountdown from './AuthKeyCountdown.vue'
import { fakeEstablishmentsApi } from '../testing/establishments'

// 2026-12-01 10:20 in Japan.
const NOW = Date.parse('2026-12-01T10:20:00+09:00')
const MIN = 60_000

function running(startedAt: number, now = startedAt): TimerState {
  const deadline = startedAt + AUTH_KEY_VALIDITY_MS
  const remainingMs = Math.max(0, deadline - now)
  return {
    profileId: 'default',
    status: 'running',
    startedAt,
    deadline,
    remainingMs,
    stage: stageFor(remainingMs),
    firedThresholds: [],
  }
}

function fakeApi(initial: TimerState = idleState('default')) {
  const listeners = new Set<(state: TimerState) => void>()
  const ok = (value: TimerState): Result<TimerState> => ({ ok: true, value })
  const timer = {
    state: vi.fn(async () => ok(initial)),
    start: vi.fn(
      async (input: { profileId: string; receivedAt?: number }): Promise<Result<TimerState>> =>
        ok(running(input.receivedAt ?? Date.now(), Date.now())),
    ),
    complete: vi.fn(async () => ok({ ...idleState('default'), status: 'done' })),
    cancel: vi.fn(async () => ok({ ...idleState('default'), status: 'cancelled' })),
    changed: vi.fn((listener: (state: TimerState) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }),
  }
  Object.defineProperty(window, 'api', {
    value: { timer, ...fakeEstablishmentsApi() },
    configurable: true,
  })
  return { timer, listeners, emit: (s: TimerState) => listeners.forEach((l) => l(s)) }
}

function mountCountdown(props: { profileId: string; redoHint?: string }, lang: 'ja' | 'en' = 'ja') {
  return mount(AuthKeyCountdown, { props, global: { plugins: [createAppI18n(lang)] } })
}

describe('AuthKeyCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW })
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('starts the countdown from the button and draws it from the deadline', async () => {
    const { timer } = fakeApi()
    const wrapper = mountCountdown({ profileId: 'default' })
    await flushPromises()
    expect(timer.state).toHaveBeenCalledWith('default')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(timer.start).toHaveBeenCalledWith({ profileId: 'default' })
    const digits = wrapper.get('[data-testid="countdown-digits"]')
    expect(digits.text()).toBe('50:00')
    expect(digits.attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('section').attributes('data-stage')).toBe('calm')
    expect(wrapper.get('[data-testid="countdown-stage"]').text()).toBe('まだ時間があります')
    const live = wrapper.get('[data-testid="countdown-live"]')
    expect(live.attributes('aria-live')).toBe('polite')
    expect(live.text()).toBe('認証キーの残り時間、あと50分')

    // Seconds change on screen; the live region only at whole minutes.
    vi.advanceTimersByTime(30_000)
    await flushPromises()
    expect(digits.text()).toBe('49:30')
    expect(live.text()).toBe('認証キーの残り時間、あと50分')
    vi.advanceTimersByTime(30_000)
    await flushPromises()
    expect(digits.text()).toBe('49:00')
    expect(live.text()).toBe('認証キーの残り時間、あと49分')
  })

  it('uses the clock, not counted ticks: a jump (sleep, throttled window) shows the true time', async () => {
    fakeApi(running(NOW))
    const wrapper = mountCountdown({ profileId: 'default' })
    await flushPromises()
    // Date.now jumps 45 minutes without the intervening timers having run.
    vi.setSystemTime(NOW + 45 * MIN)
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(wrapper.get('[data-testid="countdown-digits"]').text()).toBe('04:59')
    expect(wrapper.get('section').attributes('data-stage')).toBe('urgent')
    expect(wrapper.get('[data-testid="countdown-stage"]').text()).toContain('5分を切りました')
  })

  it('follows main’s events and shows the stages in words, not colour alone', async () => {
    const { emit } = fakeApi()
    const wrapper = mountCountdown({ profileId: 'default' }, 'en')
    await flushPromises()
    vi.setSystemTime(NOW + 40 * MIN)
    emit(running(NOW, NOW + 40 * MIN))
    await flushPromises()
    expect(wrapper.get('[data-testid="countdown-digits"]').text()).toBe('10:00')
    expect(wrapper.get('section').attributes('data-stage')).toBe('soon')
    expect(wrapper.get('[data-testid="countdown-stage"]').text()).toBe('Less than 10 minutes left')
    expect(wrapper.text()).toContain('Valid until 11:10 (Japan time)')
  })

  it('when expired, says so and which step to redo (generic, or the guide’s hint)', async () => {
    const expired: TimerState = { ...running(NOW - 50 * MIN), status: 'expired', remainingMs: 0 }
    fakeApi({ ...expired, stage: 'expired' })
    const wrapper = mountCountdown({ profileId: 'default' })
    await flushPromises()
    expect(wrapper.get('section').attributes('data-stage')).toBe('expired')
    expect(wrapper.get('[data-testid="countdown-digits"]').text()).toBe('00:00')
    expect(wrapper.text()).toContain('認証キーの有効期限が切れました')
    const hint = wrapper.get('[data-testid="redo-hint"]').text()
    expect(hint).toContain('「求人者マイページ開設（パスワード登録）」')
    expect(hint).toContain('「事業所登録・求人申込み（仮登録）」')
    expect(wrapper.text()).toContain('そのまま残っています')
    expect(wrapper.get('[data-testid="countdown-live"]').text()).toBe(
      '認証キーの有効期限が切れました',
    )
    expect(wrapper.get('button[type="submit"]').text()).toBe('新しい認証キーのメールが届いた')

    await wrapper.setProps({ redoHint: '手順2〜3をやり直してください' })
    expect(wrapper.get('[data-testid="redo-hint"]').text()).toBe('手順2〜3をやり直してください')
  })

  it('converts the mail time (Japan time, today) and shows main’s refusal on the field', async () => {
    const { timer } = fakeApi()
    timer.start.mockImplementationOnce(async () => ({
      ok: false,
      error: { code: 'invalid-field', field: '0.receivedAt' },
    }))
    const wrapper = mountCountdown({ profileId: 'default' })
    await flushPromises()
    const input = wrapper.get('input[type="time"]')
    const label = wrapper.get(`label[for="${input.attributes('id')}"]`)
    expect(label.text()).toBe('メールの受信時刻（任意）')

    await input.setValue('10:30')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(timer.start).toHaveBeenLastCalledWith({
      profileId: 'default',
      receivedAt: Date.parse('2026-12-01T10:30:00+09:00'),
    })
    const error = wrapper.get('.field-error')
    expect(error.text()).toContain('その時刻はまだ来ていません')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')?.split(' ')).toContain(error.attributes('id'))

    await input.setValue('10:05')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(timer.start).toHaveBeenLastCalledWith({
      profileId: 'default',
      receivedAt: Date.parse('2026-12-01T10:05:00+09:00'),
    })
    expect(wrapper.get('[data-testid="countdown-digits"]').text()).toBe('35:00')
    expect(wrapper.find('.field-error').exists()).toBe(false)
  })

  it('completes and cancels through the store (the API the guide uses)', async () => {
    const { timer } = fakeApi(running(NOW))
    const wrapper = mountCountdown({ profileId: 'default' })
    await flushPromises()
    const store = useTimerStore()
    await store.complete('default')
    await flushPromises()
    expect(timer.complete).toHaveBeenCalledWith('default')
    expect(wrapper.text()).toContain('認証キーの入力が済みました')
    expect(wrapper.find('[data-testid="countdown-digits"]').exists()).toBe(false)
  })

  it('cancels from its own button and unsubscribes when the store is disposed', async () => {
    const { timer, listeners } = fakeApi(running(NOW))
    const wrapper = mountCountdown({ profileId: 'default' })
    await flushPromises()
    const cancel = wrapper.findAll('button').find((b) => b.text() === 'タイマーを止める')
    await cancel?.trigger('click')
    await flushPromises()
    expect(timer.cancel).toHaveBeenCalledWith('default')
    expect(wrapper.get('section').attributes('data-stage')).toBe('idle')
    wrapper.unmount()
    expect(listeners.size).toBe(1)
    useTimerStore().$dispose()
    expect(listeners.size).toBe(0)
  })
})
