import { describe, expect, it } from 'vitest';
import { buildHandlerTable, createHandlers } from '@main/core/handlers';
import { engagementHandlers } from '@main/core/handlers/engagements';
import { settingsHandlers } from '@main/core/handlers/settings';
import { contract } from '@shared/ipc';
import { combineContracts } from '@shared/ipc/define';
import { z } from 'zod';

describe('the handler table', () => {
  it('has exactly one handler per contract call', () => {
    expect(Object.keys(createHandlers()).sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses a name registered twice at start-up', () => {
    expect(() => buildHandlerTable(engagementHandlers, settingsHandlers, settingsHandlers)).toThrow(
      /registered twice/,
    );
  });

  it('refuses a contract without all handlers', () => {
    expect(() => buildHandlerTable(engagementHandlers)).toThrow(/without a handler/);
  });

  it('refuses a contract call defined in two domain files', () => {
    const part = { 'x.y': { arg: z.object({}) } };
    expect(() => combineContracts(part, part)).toThrow(/defined twice/);
  });
});
