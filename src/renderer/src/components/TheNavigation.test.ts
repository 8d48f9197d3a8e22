import { mount, flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createRouter, createMemoryHistory } from 'vue-router'
import { createAppI18n } from '../i18n/testing'
import { routes } from '../router'
import TheNavigation from './TheNavigation.vue'

async function mountAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(TheNavigation, { global: { plugins: [router, createAppI18n('ja')] } })
  await flushPromises()
  return wrapper.findAll('[aria-current="page"]').map((a) => a.attributes('data-nav'))
}

describe('TheNavigation', () => {
  it('marks the section of a sub-screen, and the top page only on itself', async () => {
    expect(await mountAt('/')).toEqual(['home'])
    expect(await mountAt('/profile/company')).toEqual(['profile'])
    expect(await mountAt('/settings')).toEqual(['settings'])
  })
})
