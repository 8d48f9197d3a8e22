import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createRouter, createMemoryHistory } from 'vue-router'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { DEFAULT_SHORTCUTS, SHORTCUT_CANDIDATES } from '@shared/desktop/shortcuts'
import type { DesktopCommand, DesktopView, DraftChoice } from '@shared/desktop/view'
import type { CopyItem } from '@shared/job-offer/portal-text'
import { createAppI18n } from '../../i18n/testing'
import { copyable, isCopyNextShortcut, nextToCopy } from '../../composables/useCopyPanel'
import { useDraftsStore } from '../../stores/drafts'
import { useProfileStore } from '../../stores/profile'
import CopyPanel from './CopyPanel.vue'
import { fakeEstablishmentsApi } from '../../testing/establishments'

const item = (field: string, kind: CopyItem['kind'], value: string): CopyItem => ({
  field,
  labelKey: `x.${field}`,
  portalLabel: field,
  value,
  original: value,
  changed: false,
  kind,
})

describe('copy panel logic', () => {
  const items = [
    item('a', 'copy', 'A'),
    item('b', 'portal-fills', 'B'),
    item('c', 'copy', ''),
    item('d', 'choose-on-screen', 'D'),
    item('e', 'copy', 'E'),
  ]

  it('copies only typed, non-empty values, next in the screen order', () => {
    expect(copyable(items).map((i) => i.field)).toEqual(['a', 'e'])
    expect(nextToCopy(items, () => false)?.field).toBe('a')
    expect(nextToCopy(items, (f) => f === 'a')?.field).toBe('e')
    expect(nextToCopy(items, () => true)).toBeNull()
  })

  it('answers Alt+N only, not Ctrl+Alt+N or a plain N', () => {
    const key = { altKey: true, ctrlKey: false, metaKey: false, code: 'KeyN' }
    expect(isCopyNextShortcut(key)).toBe(true)
    expect(isCopyNextShortcut({ ...key, ctrlKey: true })).toBe(false)
    expect(isCopyNextShortcut({ ...key, altKey: false })).toBe(false)
    expect(isCopyNextShortcut({ ...key, code: 'KeyM' })).toBe(false)
  })
})

function desktopView(status: 'registered' | 'failed' = 'registered'): DesktopView {
  const entry = (accelerator: string) => ({ accelerator, status, alternative: null })
  return {
    textSize: 100,
    shortcuts: {
      next: {
        ...entry(DEFAULT_SHORTCUTS.next),
        alternative: status === 'failed' ? (SHORTCUT_CANDIDATES.next[1] ?? null) : null,
      },
      skip: { ...entry(DEFAULT_SHORTCUTS.skip), status: 'registered' },
      back: { ...entry(DEFAULT_SHORTCUTS.back), status: 'registered' },
    },
    shortcutsActive: true,
    platform: 'win32',
    logFolder: '/logs',
  }
}

describe('CopyPanel', () => {
  let copy: ReturnType<typeof vi.fn>
  let setShortcut: ReturnType<typeof vi.fn>
  let chooseDraft: ReturnType<typeof vi.fn>
  let view: DesktopView
  let commands: Set<(command: DesktopCommand) => void>
  let choices: Set<(choice: DraftChoice) => void>

  beforeEach(() => {
    copy = vi.fn(async () => ({ ok: true, value: undefined }))
    view = desktopView()
    commands = new Set()
    choices = new Set()
    setShortcut = vi.fn(async () => ({ ok: true, value: desktopView() }))
    chooseDraft = vi.fn(async (profileId: string, draftId: string | null) => ({
      ok: true,
      value: { profileId, draftId },
    }))
    const listen =
      <T>(set: Set<(value: T) => void>) =>
      (listener: (value: T) => void) => {
        set.add(listener)
        return () => set.delete(listener)
      }
    const api = {
      ...fakeEstablishmentsApi(),
      clipboard: { copy },
      desktop: {
        state: vi.fn(async () => ({ ok: true, value: view })),
        setShortcut,
        changed: () => () => undefined,
        command: listen(commands),
      },
      panel: {
        chosenDraft: vi.fn(async () => ({ ok: true, value: null })),
        chooseDraft,
        draftChosen: listen(choices),
      },
    }
    Object.defineProperty(window, 'api', { value: api, configurable: true })
    setActivePinia(createPinia())
  })

  async function mountPanel(
    screen: 'est-1' | 'est-2' | 'job-4' | 'job-1',
    profile = sampleProfile(),
    first = sampleDraft(),
  ) {
    const profiles = useProfileStore()
    profiles.profile = profile
    profiles.loaded = true
    const drafts = useDraftsStore()
    const second = { ...sampleDraft(), id: 'draft-second' }
    second.job = { ...second.job, title: '左官' }
    drafts.drafts = [first, second]
    drafts.loaded = true
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { template: '<div />' } },
        { path: '/drafts', name: 'drafts', component: { template: '<div />' } },
      ],
    })
    const wrapper = mount(CopyPanel, {
      props: { screen },
      global: { plugins: [createAppI18n('ja'), router] },
      attachTo: document.body,
    })
    await flushPromises()
    return wrapper
  }

  it('lists the screen in order with portal-ready text, notes and the original when changed', async () => {
    const wrapper = await mountPanel('est-2')
    const fields = wrapper.findAll('[data-field]').map((li) => li.attributes('data-field'))
    expect(fields.slice(0, 4)).toEqual([
      'establishment.nameKana',
      'establishment.name',
      'establishment.address.postalCode',
      'establishment.address.prefecture',
    ])
    const name = wrapper.get('[data-field="establishment.representativeName"]')
    expect(name.get('[data-value]').text()).toBe('桜井\u3000健一')
    expect(name.get('[data-original]').text()).toContain('桜井 健一')
    const city = wrapper.get('[data-field="establishment.address.city"]')
    expect(city.find('[data-copy]').exists()).toBe(false)
    expect(city.get('[data-note]').text()).toContain('住所検索')
    wrapper.unmount()
  })

  it('marks what was copied and copies next by button and by Alt+N', async () => {
    const wrapper = await mountPanel('est-2')
    await wrapper.get('[data-copy="establishment.name"]').trigger('click')
    await flushPromises()
    expect(copy).toHaveBeenLastCalledWith('株式会社さくら工務店')
    expect(wrapper.get('[data-field="establishment.name"]').attributes('data-copied')).toBe('true')
    // "Next" skips what is already copied.
    await wrapper.get('[data-copy-next]').trigger('click')
    await flushPromises()
    expect(copy).toHaveBeenLastCalledWith('カブシキガイシャ\u3000サクラコウムテン')
    window.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, code: 'KeyN' }))
    await flushPromises()
    expect(copy).toHaveBeenLastCalledWith('950-0911')
    expect(wrapper.get('[data-progress]').text()).toContain('3 / 13')
    expect(wrapper.get('[role="status"]').text()).toContain('郵便番号')
    await wrapper.get('[data-clear-marks]').trigger('click')
    expect(wrapper.findAll('[data-mark]')).toHaveLength(0)
    wrapper.unmount()
  })

  it('says where options are chosen on the portal and copies none of them', async () => {
    const wrapper = await mountPanel('job-1')
    expect(wrapper.findAll('[data-copy]')).toHaveLength(0)
    expect(wrapper.findAll('[data-kind="choose-on-screen"]').length).toBeGreaterThan(0)
    expect(wrapper.get('[data-copy-next]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('copies amounts as bare digits on the wage screen', async () => {
    const wrapper = await mountPanel('job-4')
    expect(wrapper.get('[data-field="wage.baseMin"] [data-value]').text()).toBe('230000')
    wrapper.unmount()
  })

  it('skips and goes back by button and by Alt+S / Alt+B, marking what was skipped', async () => {
    const wrapper = await mountPanel('est-2')
    await wrapper.get('[data-skip]').trigger('click')
    expect(copy).not.toHaveBeenCalled()
    const kana = wrapper.get('[data-field="establishment.nameKana"]')
    expect(kana.get('[data-mark]').text()).toBe('飛ばしました')
    expect(wrapper.get('[data-next-field]').text()).toContain('事業所名')
    window.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, code: 'KeyS' }))
    await flushPromises()
    expect(wrapper.get('[data-next-field]').text()).toContain('郵便番号')
    window.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, code: 'KeyB' }))
    await flushPromises()
    expect(wrapper.get('[data-next-field]').text()).toContain('事業所名')
    expect(wrapper.get('.visually-hidden[role="status"]').text()).toContain('に戻りました')
    await wrapper.get('[data-back]').trigger('click')
    expect(wrapper.findAll('[data-mark]')).toHaveLength(0)
    wrapper.unmount()
  })

  it('takes the global shortcuts main sends, and shows them in the panel', async () => {
    const wrapper = await mountPanel('est-2')
    expect(wrapper.get('[data-copy-keys]').text()).toContain('Ctrl+Alt+Shift+N')
    for (const listener of commands) listener({ kind: 'copy', action: 'next' })
    await flushPromises()
    expect(copy).toHaveBeenLastCalledWith('カブシキガイシャ\u3000サクラコウムテン')
    for (const listener of commands) listener({ kind: 'copy', action: 'skip' })
    await flushPromises()
    expect(wrapper.get('[data-next-field]').text()).toContain('郵便番号')
    wrapper.unmount()
    // Unmounted panels stop listening.
    expect(commands.size).toBe(0)
  })

  it('says when another app holds a shortcut and offers a free one', async () => {
    view = desktopView('failed')
    const wrapper = await mountPanel('est-2')
    const failed = wrapper.get('[data-shortcut-failed="next"]')
    expect(failed.text()).toContain('ほかのアプリが使っている')
    expect(failed.text()).toContain('Alt+N')
    await failed.get('[data-use-instead="next"]').trigger('click')
    expect(setShortcut).toHaveBeenCalledWith('next', SHORTCUT_CANDIDATES.next[1])
    wrapper.unmount()
  })

  it('shares the chosen draft through main and follows a choice made in the other window', async () => {
    const wrapper = await mountPanel('job-4')
    await wrapper.get('[data-draft-picker]').setValue('draft-second')
    expect(chooseDraft).toHaveBeenCalledWith('default', 'draft-second')
    for (const listener of choices) listener({ profileId: 'default', draftId: 'sample-carpenter' })
    await flushPromises()
    expect((wrapper.get('[data-draft-picker]').element as HTMLSelectElement).value).toBe(
      'sample-carpenter',
    )
    // Another establishment's choice is not this one's.
    for (const listener of choices) listener({ profileId: 'other', draftId: 'draft-second' })
    await flushPromises()
    expect((wrapper.get('[data-draft-picker]').element as HTMLSelectElement).value).toBe(
      'sample-carpenter',
    )
    wrapper.unmount()
  })

  it('marks a value with an error and copies it only once the user says so', async () => {
    const profile = sampleProfile()
    profile.company.corporateNumber = '7-1234-5678-9012'
    const wrapper = await mountPanel('est-1', profile)
    const row = wrapper.get('[data-field="company.corporateNumber"]')
    expect(row.attributes('data-invalid')).toBe('true')
    const problems = row.findAll('[data-problem]').map((p) => p.text())
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.every((p) => p.startsWith('要確認：エラー：'))).toBe(true)
    expect(wrapper.get('[data-field="company.name"]').attributes('data-invalid')).toBe('false')

    await row.get('[data-copy]').trigger('click')
    await flushPromises()
    expect(copy).not.toHaveBeenCalled()
    await wrapper.get('[data-copy-cancel]').trigger('click')
    expect(wrapper.find('[data-confirm]').exists()).toBe(false)
    await wrapper.get('[data-field="company.corporateNumber"] [data-copy]').trigger('click')
    await wrapper.get('[data-copy-anyway]').trigger('click')
    await flushPromises()
    // The panel pastes the settled number (separators removed), error and all, once confirmed.
    expect(copy).toHaveBeenCalledWith('7123456789012')
    wrapper.unmount()
  })

  it('"copy next" stops at a value with an error and asks first', async () => {
    const profile = sampleProfile()
    profile.company.corporateNumber = '7-1234-5678-9012'
    const wrapper = await mountPanel('est-1', profile)
    await wrapper.get('[data-copy-next]').trigger('click')
    await flushPromises()
    expect(copy).not.toHaveBeenCalled()
    expect(wrapper.get('[data-confirm-next]').text()).toContain('法人番号')
    await wrapper.get('[data-copy-next-anyway]').trigger('click')
    await flushPromises()
    // The panel pastes the settled number (separators removed), error and all, once confirmed.
    expect(copy).toHaveBeenCalledWith('7123456789012')
    wrapper.unmount()
  })

  it('marks a value the offer check says Hello Work would refuse, and asks before copying it', async () => {
    const draft = sampleDraft()
    // ¥50,000 a month is far below any minimum wage: held from publication.
    draft.wage.baseMin = '50,000'
    const wrapper = await mountPanel('job-4', sampleProfile(), draft)
    const row = wrapper.get('[data-field="wage.baseMin"]')
    expect(row.attributes('data-invalid')).toBe('true')
    expect(row.findAll('[data-problem]').map((p) => p.text())).toContainEqual(
      expect.stringContaining('最低賃金'),
    )
    await row.get('[data-copy]').trigger('click')
    await flushPromises()
    expect(copy).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('asks again for another item: a yes holds only for the item it was asked about', async () => {
    const profile = sampleProfile()
    profile.company.corporateNumber = '7-1234-5678-9012'
    const wrapper = await mountPanel('est-1', profile)
    await wrapper.get('[data-copy-next]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-confirm-next]').exists()).toBe(true)
    // The user skips the item instead; the question about it is gone.
    await wrapper.get('[data-skip]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-confirm-next]').exists()).toBe(false)
    // Back to it: "copy anyway" from an old question cannot copy it unasked.
    await wrapper.get('[data-back]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-copy-next]').trigger('click')
    await flushPromises()
    expect(copy).not.toHaveBeenCalled()
    expect(wrapper.get('[data-confirm-next]').text()).toContain('法人番号')
    wrapper.unmount()
  })
})
