import { describe, expect, it } from 'vitest'
import { HELPDESK_MAIL, PORTAL_TOP } from '@shared/links'
import { PORTAL_URL } from '@shared/guide/contacts'
import { LinkService } from './link-service'

function service() {
  const opened: string[] = []
  return { opened, links: new LinkService({ openExternal: async (url) => void opened.push(url) }) }
}

describe('LinkService.openExternal', () => {
  it('opens the app’s own links, passing the parsed, normalised href', async () => {
    const { opened, links } = service()
    for (const url of [PORTAL_TOP, PORTAL_URL, `mailto:${HELPDESK_MAIL}`]) {
      await links.openExternal(url)
    }
    expect(opened).toEqual([PORTAL_TOP, PORTAL_URL, `mailto:${HELPDESK_MAIL}`])
  })

  it('refuses control characters and any string that differs from its own href', async () => {
    const { opened, links } = service()
    for (const url of [
      'https://www.hellowork.mhlw.go.jp/\u0000',
      'https://www.hellowork.mhlw.go.jp/x\u0007',
      'https://www.hellowork.mhlw.go.jp/\u007f',
      'https://www.hellowork.mhlw.go.jp/\u0085',
      'https://WWW.HELLOWORK.MHLW.GO.JP/',
      'https://www.hellowork.mhlw.go.jp',
      'https://www.hellowork.mhlw.go.jp/a/../b',
      'https://www.hellowork.mhlw.go.jp/検索',
      'https://www.hellowork.mhlw.go.jp:443/',
    ]) {
      await expect(links.openExternal(url), JSON.stringify(url)).rejects.toMatchObject({
        code: 'forbidden',
      })
    }
    expect(opened).toEqual([])
  })
})
