/**
 * Whether a path names a file on this PC's own disks. Anything else (a UNC share `\\host\share`,
 * `//host/share`, the `\\?\UNC\` and `\\.\` device forms, a URL, a relative path) is refused before
 * it is ever opened: on Windows, merely probing a share sends the user's NTLM hash to its host.
 */
export function isLocalFilePath(path: unknown, maxLength = 1024): boolean {
  if (typeof path !== 'string' || path.length === 0 || path.length > maxLength) return false
  // Control characters have no place in a path the user picked in a dialog.
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return false
  }
  // `\\?\C:\…`: the long-path form of a local drive.
  if (/^\\\\\?\\[A-Za-z]:\\/.test(path)) return !/[\\/]{2}/.test(path.slice(4))
  // Two leading separators of either kind: a network share or a device namespace.
  if (/^[\\/]{2}/.test(path)) return false
  // `C:\…` or `C:/…`: an absolute path on a local drive letter (a mapped network drive cannot be
  // told apart here, but it was picked in the OS dialog by the user).
  if (/^[A-Za-z]:[\\/]/.test(path)) return !/[\\/]{2}/.test(path.slice(2))
  // A scheme (`file:`, `http:`, `smb:`): not a path.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return false
  // POSIX absolute; on Windows a leading `\` alone is relative to the current drive: refused.
  return path.startsWith('/')
}
