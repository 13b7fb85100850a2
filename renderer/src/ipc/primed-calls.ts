import type { CallArg, CallName, CallResult } from '@shared/ipc';
import type { IpcError } from '@shared/ipc/errors';
import { asIpcError, invoke } from './client';

/** A primed call's outcome once it has arrived. */
export type PrimedOutcome<Result> = { data: Result } | { error: IpcError };

interface Primed {
  promise: Promise<unknown>;
  outcome?: PrimedOutcome<unknown>;
}

type Invoke = <Name extends CallName>(name: Name, arg: CallArg<Name>) => Promise<CallResult<Name>>;

/**
 * Calls asked for before the screens that need them exist. At start the page asks for the
 * settings, the kiosk status and the engagement list at once, instead of one after another as
 * each screen mounts and asks; a screen then takes its call's promise (or, when it has arrived
 * already, its outcome for the very first render). Each primed call serves one screen once, and
 * what no screen took is forgotten once the first screen is up: later loads always ask anew.
 */
export class PrimedCalls {
  private readonly calls = new Map<string, Primed>();

  constructor(private readonly send: Invoke) {}

  prime<Name extends CallName>(name: Name, arg: CallArg<Name>): Promise<CallResult<Name>> {
    const primed: Primed = { promise: this.send(name, arg) };
    primed.promise.then(
      (data) => (primed.outcome = { data }),
      (reason: unknown) => (primed.outcome = { error: asIpcError(reason) }),
    );
    this.calls.set(callKey(name, arg), primed);
    return primed.promise as Promise<CallResult<Name>>;
  }

  /** The outcome, if the call was primed and has arrived; leaves it for `take`. */
  outcome<Name extends CallName>(
    name: Name,
    arg: CallArg<Name>,
  ): PrimedOutcome<CallResult<Name>> | undefined {
    return this.calls.get(callKey(name, arg))?.outcome as
      PrimedOutcome<CallResult<Name>> | undefined;
  }

  /** The primed call's promise, once: the next ask for the same call goes to main. */
  take<Name extends CallName>(
    name: Name,
    arg: CallArg<Name>,
  ): Promise<CallResult<Name>> | undefined {
    const key = callKey(name, arg);
    const primed = this.calls.get(key);
    this.calls.delete(key);
    return primed?.promise as Promise<CallResult<Name>> | undefined;
  }

  /** Drops what no screen took (a start on another screen than the list). */
  forget(): void {
    this.calls.clear();
  }
}

/** The same call with an equal argument (keys in any order) is the same primed call. */
export function callKey(name: CallName, arg: unknown): string {
  return `${name}:${JSON.stringify(arg, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  )}`;
}

/** The app's primed calls (main.ts primes them, useCall and the kiosk check take them). */
export const primedCalls = new PrimedCalls(invoke);
