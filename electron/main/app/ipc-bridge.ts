import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { IpcResponse } from '@shared/ipc/errors';
import { IPC_CHANNEL } from '@shared/ipc/channel';
import { forStructuredClone } from '@shared/ipc/wire';
import type { Dispatch } from '../core/dispatch';
import { isTrustedSender } from '../security/harden';

/** Electron's side of the transport: one channel, sender checked, then the shared dispatcher. */
export function registerIpcBridge(dispatch: Dispatch, rendererIndexUrl: string): void {
  ipcMain.handle(
    IPC_CHANNEL,
    async (
      event: IpcMainInvokeEvent,
      name: unknown,
      arg: unknown,
    ): Promise<IpcResponse<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url, rendererIndexUrl)) {
        return { ok: false, error: { key: 'errors.forbidden' } };
      }
      // A value a worker thread computed stays one string until the renderer decodes it.
      return forStructuredClone(await dispatch(typeof name === 'string' ? name : '', arg));
    },
  );
}
