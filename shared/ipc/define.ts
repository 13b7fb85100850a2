import type { z } from 'zod';

/**
 * One IPC call: the zod schema main validates its argument with, and (as a phantom type only)
 * the type of its result. Results are produced by our own code, so they are typed, not validated.
 */
export interface CallSpec<Arg extends z.ZodType, Result> {
  readonly arg: Arg;
  readonly result?: Result;
}

export function defineCall<Arg extends z.ZodType>(arg: Arg) {
  return {
    returns<Result>(): CallSpec<Arg, Result> {
      return { arg };
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCallSpec = CallSpec<z.ZodType, any>;
export type ContractPart = Record<string, AnyCallSpec>;

/** Merges the per-domain contract files; a call name defined twice is a programming error. */
export function combineContracts<Parts extends ContractPart[]>(
  ...parts: Parts
): UnionToIntersection<Parts[number]> {
  const combined: ContractPart = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (Object.hasOwn(combined, name)) throw new Error(`IPC call "${name}" is defined twice`);
      combined[name] = spec;
    }
  }
  return combined as UnionToIntersection<Parts[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
