/**
 * The instruments shipped in resources/instruments/. Reading the files is the main process's
 * job (and the CLI's, for `--instrument <builtin-id>`); this list says which ids exist and where.
 */
export interface BuiltinInstrumentFile {
  id: string;
  /** Relative to the resources folder. */
  file: string;
}

export const BUILTIN_INSTRUMENTS: readonly BuiltinInstrumentFile[] = [
  { id: 'klantgerichtheidsscan', file: 'instruments/klantgerichtheidsscan.json' },
  { id: 'klantgerichtheidsscan-klant', file: 'instruments/klantgerichtheidsscan-klant.json' },
];

export function builtinInstrumentFile(id: string): string | undefined {
  return BUILTIN_INSTRUMENTS.find((entry) => entry.id === id)?.file;
}
