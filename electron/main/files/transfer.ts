/**
 * Values a worker hands back with buffers to move rather than copy: a 10,000 × 60 import's
 * answers are one Float64Array, which `postMessage` then passes to the other thread at no cost
 * (and the sender can no longer use). The mark is a symbol-keyed property, which structured
 * clone leaves behind.
 */
const TRANSFER = Symbol('transfer');

type Marked = { [TRANSFER]?: ArrayBuffer[] };

/** Marks `value` so that posting it moves `buffers` (see `transferListOf`). */
export function withTransfer<T extends object>(value: T, buffers: ArrayBuffer[]): T {
  Object.defineProperty(value, TRANSFER, { value: buffers, enumerable: false });
  return value;
}

/** The buffers `value` was marked with, for `postMessage(value, transferList)`. */
export function transferListOf(value: unknown): ArrayBuffer[] {
  if (value === null || typeof value !== 'object') return [];
  return (value as Marked)[TRANSFER] ?? [];
}
