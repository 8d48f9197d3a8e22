import { describe, expect, it } from 'vitest'
import { isAllowedExternal } from './links'

describe('isAllowedExternal', () => {
  it.each([
    'https://www.hellowork.mhlw.go.jp/',
    'https://www.hellowork.mhlw.go.jp/enterprise/ent_establish.html',
    'https://jsite.mhlw.go.jp/niigata-hellowork/',
    'https://www.mhlw.go.jp/',
    'https://WWW.HELLOWORK.MHLW.GO.JP/',
    'mailto:helpdesk@hd.hellowork.mhlw.go.jp',
  ])('allows %s', (url) => expect(isAllowedExternal(url)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'http://www.hellowork.mhlw.go.jp/',
    'file:///etc/passwd',
    'https://hellowork.mhlw.go.jp.evil.example/',
    'https://www.hellowork.mhlw.go.jp.evil.example/',
    'https://www.hellowork.mhlw.go.jp@evil.example/',
    'https://user:pass@www.hellowork.mhlw.go.jp/',
    'https://www.hellowork.mhlw.go.jp:8443/',
    'https://www.hellowork.mhlw.go.jp:443x/',
    'https://hellowork.mhlw.go.jp/',
    'https://evil.example/?u=https://www.hellowork.mhlw.go.jp/',
    'https://xn--www-hellowork-mhlw-go-jp.example/',
    'mailto:someone@example.com',
    'mailto:helpdesk@hd.hellowork.mhlw.go.jp?bcc=x@evil.example',
    'mailto:helpdesk@hd.hellowork.mhlw.go.jp,x@evil.example',
    'data:text/html,<script>alert(1)</script>',
    'app://bundle/index.html',
    ' https://www.hellowork.mhlw.go.jp/',
    'https://www.hellowork.mhlw.go.jp\\@evil.example/',
    '',
    'not a url',
    `https://www.hellowork.mhlw.go.jp/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(isAllowedExternal(url)).toBe(false))
})
