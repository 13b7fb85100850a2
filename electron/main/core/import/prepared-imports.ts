/**
 * Rows an import analysis found, waiting for the consultant to commit them: the commit of the
 * file just analysed stores these instead of reading, mapping and checking the file again.
 * Per workspace (its state), keyed by what the rows depend on (survey-import.ts preparedKey),
 * taken once, and only the last few analyses are kept (a 10,000 × 60 file is a few MB).
 */
import type { Workspace } from '../workspace';
import { defineWorkspaceState } from '../workspace-state';
import type { PreparedRows } from './prepared-rows';
import type { PreparedRowsStore } from './survey-import';

/** The consultant may analyse again with another mapping before committing; older ones go. */
const KEPT_ANALYSES = 2;

export class PreparedImports implements PreparedRowsStore {
  private readonly entries = new Map<string, PreparedRows>();

  remember(key: string, rows: PreparedRows): void {
    this.entries.delete(key);
    this.entries.set(key, rows);
    while (this.entries.size > KEPT_ANALYSES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  take(key: string): PreparedRows | undefined {
    const rows = this.entries.get(key);
    this.entries.delete(key);
    return rows;
  }

  get size(): number {
    return this.entries.size;
  }
}

const PREPARED_IMPORTS = defineWorkspaceState(
  'prepared imports',
  (_workspace: Workspace) => new PreparedImports(),
);

export function preparedImportsOf(workspace: Workspace): PreparedImports {
  return workspace.state.get(PREPARED_IMPORTS);
}
