import { contract, type Handlers } from '@shared/ipc';
import type { HandlerContext } from './context';
import { engagementHandlers } from './engagements';
import { settingsHandlers } from './settings';
import { interviewHandlers } from './interviews';
import { questionnaireHandlers } from './questionnaire';
import { kioskHandlers } from './kiosk';
import { gapsHandlers } from './gaps';
import { reportHandlers } from './report';
import { dataSafetyHandlers } from './data-safety';
import { liveHandlers } from './live';
import { fieldworkHandlers } from './fieldwork';

type AnyHandler = (arg: unknown, context: HandlerContext) => unknown;

/**
 * Combines the per-domain handler tables. A name registered twice, a handler without a contract
 * entry or a contract entry without a handler stops start-up: that is a programming error.
 */
export function buildHandlerTable(
  ...parts: Partial<Handlers<HandlerContext>>[]
): Handlers<HandlerContext> {
  const table: Record<string, AnyHandler> = {};
  for (const part of parts) {
    for (const [name, handler] of Object.entries(part)) {
      if (Object.hasOwn(table, name)) throw new Error(`IPC handler "${name}" is registered twice`);
      if (!Object.hasOwn(contract, name)) throw new Error(`IPC handler "${name}" has no contract`);
      table[name] = handler as AnyHandler;
    }
  }
  const missing = Object.keys(contract).filter((name) => !Object.hasOwn(table, name));
  if (missing.length > 0) throw new Error(`IPC calls without a handler: ${missing.join(', ')}`);
  return table as unknown as Handlers<HandlerContext>;
}

export function createHandlers(): Handlers<HandlerContext> {
  return buildHandlerTable(
    engagementHandlers,
    settingsHandlers,
    questionnaireHandlers,
    interviewHandlers,
    kioskHandlers,
    gapsHandlers,
    reportHandlers,
    dataSafetyHandlers,
    liveHandlers,
    fieldworkHandlers,
  );
}
