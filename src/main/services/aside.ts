/** `settings.json` → `settings.json.unreadable-20261126T134500`: a name that keeps the file and says why. */
export function asideName(file: string, at: Date, reason = 'unreadable'): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '')
  return `${file}.${reason}-${stamp}`
}
