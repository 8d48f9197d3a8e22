import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channels } from '@shared/ipc/channels'
import type { Api } from '@shared/contract'

/**
 * Exposes exactly the contract's methods on `window.api`, grouped by area: one function per
 * channel, never ipcRenderer itself. Events return an unsubscribe function.
 */
const api: Record<string, Record<string, unknown>> = {}
for (const { area, method, channel, kind } of channels) {
  const group = (api[area] ??= {})
  group[method] =
    kind === 'call'
      ? (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
      : (listener: (payload: unknown) => void) => {
          const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
          ipcRenderer.on(channel, wrapped)
          return () => {
            ipcRenderer.removeListener(channel, wrapped)
          }
        }
}

contextBridge.exposeInMainWorld('api', api as unknown as Api)
