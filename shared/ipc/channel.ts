/** The single Electron IPC channel every call travels on. */
export const IPC_CHANNEL = 'klantspiegel:invoke';

/** What the preload exposes as `window.klantspiegel`; nothing else of Electron is exposed. */
export interface KlantspiegelBridge {
  invoke(name: string, arg: unknown): Promise<unknown>;
}
