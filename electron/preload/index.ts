import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type KlantspiegelBridge } from '@shared/ipc/channel';

// The renderer gets exactly one function; main validates everything that comes through it.
const bridge = {
  invoke: (name: string, arg: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, arg),
} satisfies KlantspiegelBridge;

contextBridge.exposeInMainWorld('klantspiegel', bridge);
