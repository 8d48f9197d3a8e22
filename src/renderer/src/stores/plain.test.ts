import { describe, expect, it } from 'vitest'
import { isProxy, reactive } from 'vue'
import { plainCopy } from './plain'

describe('plainCopy', () => {
  it('copies a reactive document as plain data, apart from the original', () => {
    const doc = reactive({ job: { title: '大工', tags: ['a'] }, wage: { baseMin: '230000' } })
    const copy = plainCopy(doc)
    expect(copy).toEqual({ job: { title: '大工', tags: ['a'] }, wage: { baseMin: '230000' } })
    expect(isProxy(copy) || isProxy(copy.job)).toBe(false)
    copy.job.tags.push('b')
    expect(doc.job.tags).toEqual(['a'])
    // What was typed last is in the copy: the raw object under the proxy is the same data.
    doc.wage.baseMin = '240000'
    expect(plainCopy(doc).wage.baseMin).toBe('240000')
  })
})
