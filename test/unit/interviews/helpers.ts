import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import type { Workspace } from '@main/core/workspace';
import type { CallArg, CallName, CallResult } from '@shared/ipc';
import type { Engagement } from '@shared/engagements/model';
import type { Language } from '@shared/questionnaire/instrument';
import type { IpcError } from '@shared/ipc/errors';
import { docFromBlocks, type DocBlock } from '@shared/interviews/note-doc';

/** Calls handlers the way the renderer does: through the contract's validation. */
export function caller(workspace: Workspace) {
  const dispatch = createDispatcher(
    createHandlers(),
    { workspace, host: 'browser', appVersion: 'test' },
    () => undefined,
  );
  async function call<Name extends CallName>(
    name: Name,
    arg: CallArg<Name>,
  ): Promise<CallResult<Name>> {
    const response = await dispatch(name, arg);
    if (!response.ok) throw Object.assign(new Error(response.error.key), { ipc: response.error });
    return response.value as CallResult<Name>;
  }
  async function fail(name: CallName, arg: unknown): Promise<IpcError> {
    const response = await dispatch(name, arg);
    if (response.ok) throw new Error(`${name} unexpectedly succeeded`);
    return response.error;
  }
  return { call, fail, dispatch };
}

export function createEngagement(
  workspace: Workspace,
  clientName = 'Metaalwerk Noord',
  language: Language = 'nl',
): Engagement {
  return workspace.engagements.create({
    clientName,
    sector: 'Metaal',
    consultants: ['An de Vries'],
    startDate: null,
    endDate: null,
    language,
    status: 'active',
    notes: '',
    groups: [
      { name: 'Productie', kind: 'department', description: '' },
      { name: 'Verkoop', kind: 'department', description: '' },
      { name: 'Klanten', kind: 'customer', description: '' },
    ],
  });
}

export const doc = (...blocks: DocBlock[]) => docFromBlocks(blocks);
