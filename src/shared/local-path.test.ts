import { describe, expect, it } from 'vitest'
import { isLocalFilePath } from './local-path'

describe('isLocalFilePath', () => {
  it('accepts absolute paths on this PC’s own disks', () => {
    for (const path of [
      'C:\\Users\\hanako\\Pictures\\店舗.jpg',
      'D:/photos/shop.png',
      '\\\\?\\C:\\very\\long\\path\\shop.png',
      '/Users/hanako/Pictures/shop.png',
      '/home/hanako/shop.png',
    ]) {
      expect(isLocalFilePath(path), path).toBe(true)
    }
  })

  it('refuses shares, device paths, URLs, relative paths and oddities', () => {
    for (const path of [
      '\\\\host\\share\\x.png',
      '//host/share/x.png',
      '\\\\?\\UNC\\host\\share\\x.png',
      '\\\\.\\pipe\\x',
      '//?/UNC/host/share/x.png',
      '\\/host/share/x.png',
      'C:\\\\host\\x.png',
      'file:///C:/x.png',
      'file://host/share/x.png',
      'https://evil.example/x.png',
      'smb://host/share/x.png',
      'x.png',
      '..\\x.png',
      '\\x.png',
      'C:x.png',
      '',
      'C:\\x\u0000.png',
      `/${'a'.repeat(2000)}`,
      42,
      null,
    ]) {
      expect(isLocalFilePath(path), String(path)).toBe(false)
    }
  })
})
