import type { IpcError } from '@shared/ipc/errors';
import type { RespondentView } from '@shared/ipc/questionnaire';
import { asIpcError } from '@renderer/ipc/use-call';
import { newRow, nextRowCode, type GridRow } from './grid-model';

export interface GridStoreDeps {
  saveRespondent(row: GridRow): Promise<RespondentView>;
  deleteRespondent(id: number): Promise<void>;
  /** A respondent was added or removed, so counts elsewhere change. */
  onCountChanged(): void;
  onSaveFailed(row: GridRow, error: IpcError): void;
}

/** A row the consultant stopped typing in is saved after this pause, even without leaving it. */
const IDLE_SAVE_MS = 1500;
/** Generated codes that clash with codes elsewhere in the engagement are retried this often. */
const MAX_CODE_RETRIES = 50;

type Edit = Partial<Pick<GridRow, 'code' | 'codeAuto' | 'groupId' | 'role' | 'answers'>>;

/**
 * The grid's rows outside React: edits replace only the edited row object (so only that row
 * re-renders), and saves run one at a time per row, in the order they were asked for, so a
 * new respondent is created once and later edits update it.
 */
export class GridStore {
  private rows: GridRow[];
  private readonly listeners = new Set<() => void>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly takenCodes = new Set<string>();
  private idle: { key: string; timer: ReturnType<typeof setTimeout> } | null = null;
  private lastGroupId: number;

  constructor(
    initial: GridRow[],
    defaultGroupId: number,
    private readonly deps: GridStoreDeps,
  ) {
    this.rows = initial;
    this.lastGroupId = initial.at(-1)?.groupId ?? defaultGroupId;
    if (initial.length === 0) this.addRow();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getRows = (): GridRow[] => this.rows;

  find(key: string): GridRow | undefined {
    return this.rows.find((row) => row.key === key);
  }

  edit(key: string, changes: Edit): void {
    if (changes.groupId !== undefined) this.lastGroupId = changes.groupId;
    this.replace(key, (row) => ({
      ...row,
      ...changes,
      status: row.status === 'saving' ? 'saving' : 'dirty',
      version: row.version + 1,
    }));
    this.scheduleIdleSave(key);
  }

  setAnswer(key: string, itemCode: string, value: number | string | null): void {
    const row = this.find(key);
    if (!row || row.answers[itemCode] === (value ?? undefined)) return;
    const answers = { ...row.answers };
    if (value === null || value === '') delete answers[itemCode];
    else answers[itemCode] = value;
    this.edit(key, { answers });
  }

  /** A new empty row with the next free code and the group used last. */
  addRow(): GridRow {
    const codes = [...this.rows.map((row) => row.code), ...this.takenCodes];
    const row = newRow(nextRowCode(codes), this.lastGroupId);
    this.rows = [...this.rows, row];
    this.emit();
    return row;
  }

  /** Saves the row if it has unsaved edits (or failed before); resolves when it is done. */
  save(key: string): Promise<void> {
    if (this.idle?.key === key) {
      clearTimeout(this.idle.timer);
      this.idle = null;
    }
    return this.enqueue(key, () => this.saveNow(key));
  }

  saveAll(): Promise<void> {
    const pending = this.rows.filter((row) => row.status === 'dirty' || row.status === 'saving');
    return Promise.all(pending.map((row) => this.save(row.key))).then(() => undefined);
  }

  /** Removes the row, and the respondent when it was saved. The grid always keeps one row. */
  remove(key: string): Promise<void> {
    return this.enqueue(key, async () => {
      const row = this.find(key);
      if (!row) return;
      if (row.id !== null) {
        try {
          await this.deps.deleteRespondent(row.id);
        } catch (error) {
          this.replace(key, (current) => ({
            ...current,
            status: 'error',
            error: asIpcError(error),
          }));
          this.deps.onSaveFailed(row, asIpcError(error));
          return;
        }
      }
      this.rows = this.rows.filter((candidate) => candidate.key !== key);
      if (this.rows.length === 0) this.addRow();
      else this.emit();
      if (row.id !== null) this.deps.onCountChanged();
    });
  }

  dispose(): void {
    if (this.idle) clearTimeout(this.idle.timer);
    this.idle = null;
    void this.saveAll();
  }

  private async saveNow(key: string, retries = 0): Promise<void> {
    const row = this.find(key);
    if (!row || (row.status !== 'dirty' && row.status !== 'error')) return;
    const version = row.version;
    this.replace(key, (current) => ({ ...current, status: 'saving' }));
    try {
      const saved = await this.deps.saveRespondent(row);
      this.replace(key, (current) => ({
        ...current,
        id: saved.id,
        status: current.version === version ? 'saved' : 'dirty',
        error: null,
      }));
      if (row.id === null) this.deps.onCountChanged();
    } catch (reason) {
      const error = asIpcError(reason);
      const current = this.find(key);
      if (
        error.key === 'respondent.duplicateCode' &&
        current?.codeAuto &&
        current.code === row.code &&
        retries < MAX_CODE_RETRIES
      ) {
        // The code is used elsewhere in the engagement (another instrument): take the next one.
        this.takenCodes.add(row.code);
        const code = nextRowCode([...this.rows.map((r) => r.code), ...this.takenCodes]);
        this.replace(key, (r) => ({ ...r, code, status: 'dirty' }));
        return this.saveNow(key, retries + 1);
      }
      this.replace(key, (r) => ({
        ...r,
        status: r.version === version ? 'error' : 'dirty',
        error,
      }));
      this.deps.onSaveFailed(row, error);
    }
  }

  private enqueue(key: string, task: () => Promise<void>): Promise<void> {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(task, task);
    this.queues.set(key, next);
    void next.finally(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
    return next;
  }

  private scheduleIdleSave(key: string): void {
    if (this.idle) {
      clearTimeout(this.idle.timer);
      // A different row was edited before: do not let its save wait for the new pause.
      if (this.idle.key !== key) void this.save(this.idle.key);
    }
    this.idle = { key, timer: setTimeout(() => void this.save(key), IDLE_SAVE_MS) };
  }

  private replace(key: string, change: (row: GridRow) => GridRow): void {
    const index = this.rows.findIndex((row) => row.key === key);
    const row = this.rows[index];
    if (!row) return;
    const next = this.rows.slice();
    next[index] = change(row);
    this.rows = next;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
