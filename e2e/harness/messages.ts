/** Reads a dotted key from a message tree, failing loudly when it is missing. */
export function lookup(tree: unknown, key: string): string {
  let node: unknown = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) {
      throw new Error(`missing message ${key}`)
    }
    node = (node as Record<string, unknown>)[part]
  }
  if (typeof node !== 'string') throw new Error(`message ${key} is not a string`)
  return node
}
