import type { z } from 'zod';
import { combineContracts, type CallSpec } from './define';
import { engagementCalls } from './engagements';
import { settingsCalls } from './settings';
import { interviewCalls } from './interviews';
import { questionnaireCalls } from './questionnaire';
import { kioskCalls } from './kiosk';
import { gapsCalls } from './gaps';
import { reportCalls } from './report';
import { dataSafetyCalls } from './data-safety';
import { liveCalls } from './live';
import { fieldworkCalls } from './fieldwork';

/** Every call the renderer can make, one contract file per domain. */
export const contract = combineContracts(
  engagementCalls,
  settingsCalls,
  questionnaireCalls,
  interviewCalls,
  kioskCalls,
  gapsCalls,
  reportCalls,
  dataSafetyCalls,
  liveCalls,
  fieldworkCalls,
);

export type Contract = typeof contract;
export type CallName = keyof Contract & string;
/** What the renderer passes (defaults may be omitted). */
export type CallArg<Name extends CallName> = z.input<Contract[Name]['arg']>;
/** What the handler receives after validation. */
export type ValidatedArg<Name extends CallName> = z.output<Contract[Name]['arg']>;
export type CallResult<Name extends CallName> =
  Contract[Name] extends CallSpec<z.ZodType, infer Result> ? Result : never;

/** The handler table main registers; `Context` is the main-process state handlers work on. */
export type Handlers<Context> = {
  [Name in CallName]: (
    arg: ValidatedArg<Name>,
    context: Context,
  ) => CallResult<Name> | Promise<CallResult<Name>>;
};

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}

export type { IpcError, IpcResponse, ValidationIssue } from './errors';
