import type { FileDialogPort } from '../ports'

/** A name as the start of a file name on every OS: no separators or reserved characters. */
export function fileNamePart(name: string): string {
  return [...name]
    .filter((c) => c.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(c))
    .join('')
    .replace(/\s+/g, '_')
    .replace(/^[.\s_]+|[.\s_]+$/g, '')
    .slice(0, 40)
}

/**
 * The save dialog, suggesting file names that start with the establishment's name (when there are
 * several): a 社労士 saving sheets for fifty clients sees whose each one is.
 */
export function labelledDialogs(
  dialogs: FileDialogPort,
  label: () => string | null,
): FileDialogPort {
  return {
    chooseSavePath: (options) => {
      const name = fileNamePart(label() ?? '')
      return dialogs.chooseSavePath(
        name === '' ? options : { ...options, defaultName: `${name}_${options.defaultName}` },
      )
    },
    chooseOpenPath: (options) => dialogs.chooseOpenPath(options),
  }
}
