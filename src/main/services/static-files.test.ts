import { describe, expect, it } from 'vitest'
import { resolveAppRequest } from './static-files'

const root = '/opt/app/out/renderer'

describe('resolveAppRequest', () => {
  it('maps app://bundle paths into the renderer folder', () => {
    expect(resolveAppRequest(root, 'app://bundle/')).toEqual({
      filePath: `${root}/index.html`,
      contentType: 'text/html; charset=utf-8',
    })
    expect(resolveAppRequest(root, 'app://bundle/assets/index-abc.js')?.filePath).toBe(
      `${root}/assets/index-abc.js`,
    )
  })

  it('keeps dot segments inside the folder', () => {
    // The URL parser folds /%2e%2e/ away before we see it; whatever is left must stay inside the root.
    expect(resolveAppRequest(root, 'app://bundle/%2e%2e/%2e%2e/etc/passwd.js')?.filePath).toBe(
      `${root}/etc/passwd.js`,
    )
  })

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/assets/%2e%2e%2f%2e%2e%2fsecret.js',
    'app://bundle/%00.js',
    'app://bundle/%E0%A4%A.js',
    'app://other/index.html',
    'https://bundle/index.html',
    'app://bundle/settings.json',
    'app://bundle/run.exe',
    'not a url',
  ])('refuses %s', (url) => expect(resolveAppRequest(root, url)).toBeNull())
})
