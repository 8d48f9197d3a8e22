import { describe, expect, it } from 'vitest'
import { fileNamePart, labelledDialogs } from './labelled-dialogs'

describe('the save dialog names the establishment', () => {
  it('starts the suggested name with it, made safe for a file name', async () => {
    const asked: string[] = []
    const dialogs = labelledDialogs(
      {
        chooseSavePath: async ({ defaultName }) => (asked.push(defaultName), null),
        chooseOpenPath: async () => null,
      },
      () => 'さくら工務店 長岡店 / 旧:本社?',
    )
    await dialogs.chooseSavePath({ defaultName: 'sheet.pdf', filters: [] })
    expect(asked).toEqual(['さくら工務店_長岡店_旧本社_sheet.pdf'])
    expect(fileNamePart('..\u0000  ')).toBe('')
  })

  it('leaves the name alone with one establishment (no label)', async () => {
    const asked: string[] = []
    const dialogs = labelledDialogs(
      {
        chooseSavePath: async ({ defaultName }) => (asked.push(defaultName), null),
        chooseOpenPath: async () => null,
      },
      () => null,
    )
    await dialogs.chooseSavePath({ defaultName: 'sheet.pdf', filters: [] })
    expect(asked).toEqual(['sheet.pdf'])
  })
})
