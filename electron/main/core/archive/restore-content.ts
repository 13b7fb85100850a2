import { AppError } from '@shared/ipc/errors';
import { uniqueName } from '@shared/engagements/unique-name';
import { localeText } from '@shared/i18n/resources';
import type { Language } from '@shared/questionnaire/instrument';
import type { WorkspaceDb } from '../db/open-workspace';
import { readSchemaVersion } from '../db/open-workspace';
import { writeAnswerNumbersFromJson } from '@main/core/repositories/answer-numbers';
import type { ArchiveContent, ArchiveTable, ArchiveValue } from './content';
import { JSON_REFERENCES, translateJsonIds } from './json-references';
import {
  quoteIdentifier,
  readArchiveGraph,
  ROOT_TABLE,
  type ArchiveGraph,
  type ForeignKey,
  type TableInfo,
} from './schema-graph';

type Row = Record<string, unknown>;
/** Per table and referenced column: archived value → value in this workspace. */
type KeyMaps = Map<string, Map<string, Map<unknown, unknown>>>;

/**
 * How a shared row (instrument, norm set) is matched to one already in the workspace, or
 * inserted. Returns the row as it is stored in this workspace (with its id here).
 */
type SharedPolicy = (db: WorkspaceDb, table: TableInfo, row: Row) => Row;

/**
 * Adds the engagement in `content` to the workspace with new ids: every row of every owned table
 * is inserted without its old integer id, and every foreign key is translated through the ids
 * the referenced rows got. All in one transaction: the whole engagement or nothing.
 */
export function importEngagementContent(
  db: WorkspaceDb,
  content: ArchiveContent,
): { engagementId: number; clientName: string } {
  const graph = readArchiveGraph(db);
  // An archive from this very schema must match it exactly; one from an older schema may carry
  // columns or tables a later migration dropped, which are left out.
  const exact = content.schemaVersion === readSchemaVersion(db);
  const owned = usableTables(graph.owned, content.owned, exact);
  const shared = usableTables(graph.shared, content.shared, exact);
  const root = owned.get(ROOT_TABLE);
  if (!root || root.rows.length !== 1) throw new AppError('archive.corrupt');
  try {
    return db.transaction(() => {
      // Rows may reference rows of the same table inserted later (a theme's parent); the keys
      // are checked once, at commit.
      db.pragma('defer_foreign_keys = ON');
      const keys: KeyMaps = new Map();
      for (const table of graph.shared) {
        const archived = shared.get(table.name);
        if (archived) importShared(db, graph, table, archived, keys);
      }
      let engagementId = 0;
      const inserted = new Map<string, number[]>();
      for (const table of graph.owned) {
        const archived = owned.get(table.name);
        if (!archived) continue;
        const rowids = importOwned(db, graph, table, archived, keys);
        inserted.set(table.name, rowids);
        if (table.name === ROOT_TABLE) engagementId = rowids[0] ?? 0;
      }
      // Ids inside JSON last, when every row they can point to has its new id.
      translateJsonReferences(db, graph, inserted, keys);
      // Derived data is made here, not taken from the file.
      writeAnswerNumbersFromJson(db, engagementId);
      const stored = db
        .prepare<[number], { client_name: string; language: Language }>(
          `SELECT client_name, language FROM ${ROOT_TABLE} WHERE id = ?`,
        )
        .get(engagementId);
      if (!stored) throw new AppError('archive.corrupt');
      // An engagement that is already here (imported twice, or its original) must be told apart.
      const others = db
        .prepare<[number], { client_name: string }>(
          `SELECT client_name FROM ${ROOT_TABLE} WHERE id <> ?`,
        )
        .all(engagementId)
        .map((row) => row.client_name);
      const clientName = uniqueName(
        stored.client_name,
        others,
        localeText(stored.language, 'engagement.copySuffix'),
      );
      if (clientName !== stored.client_name) {
        db.prepare(`UPDATE ${ROOT_TABLE} SET client_name = ? WHERE id = ?`).run(
          clientName,
          engagementId,
        );
      }
      return { engagementId, clientName };
    })();
  } catch (error) {
    throw asArchiveError(error);
  }
}

interface UsableTable {
  columns: string[];
  /** Index of each usable column in the archived rows. */
  indexes: number[];
  rows: ArchiveValue[][];
}

function usableTables(
  tables: TableInfo[],
  archived: Record<string, ArchiveTable>,
  exact: boolean,
): Map<string, UsableTable> {
  const known = new Map(tables.map((table) => [table.name, table]));
  const result = new Map<string, UsableTable>();
  for (const [name, table] of Object.entries(archived)) {
    const info = known.get(name);
    if (!info) {
      if (exact) throw new AppError('archive.corrupt');
      continue;
    }
    const columns: string[] = [];
    const indexes: number[] = [];
    table.columns.forEach((column, index) => {
      if (info.columns.includes(column)) {
        columns.push(column);
        indexes.push(index);
      } else if (exact) {
        throw new AppError('archive.corrupt');
      }
    });
    result.set(name, { columns, indexes, rows: table.rows });
  }
  return result;
}

function rowObject(table: UsableTable, values: ArchiveValue[]): Row {
  const row: Row = Object.create(null) as Row;
  table.columns.forEach((column, position) => {
    row[column] = fromArchiveValue(values[table.indexes[position] ?? -1] ?? null);
  });
  return row;
}

function fromArchiveValue(value: ArchiveValue): unknown {
  if (value !== null && typeof value === 'object') return Buffer.from(value.$blob, 'base64');
  return value;
}

function importOwned(
  db: WorkspaceDb,
  graph: ArchiveGraph,
  table: TableInfo,
  archived: UsableTable,
  keys: KeyMaps,
): number[] {
  const foreignKeys = new Map(table.foreignKeys.map((key) => [key.column, key]));
  const rowids: number[] = [];
  // The integer id is left out (SQLite assigns a new one) unless it is itself a foreign key,
  // as in a one-row-per-engagement settings table keyed by engagement_id.
  const columns = archived.columns.filter(
    (column) => column !== table.rowidAlias || foreignKeys.has(column),
  );
  const insert = db.prepare(insertSql(table.name, columns));
  const selfLinks: { where: unknown[]; column: string; key: ForeignKey; old: unknown }[] = [];
  for (const values of archived.rows) {
    const row = rowObject(archived, values);
    const stored: Row = Object.create(null) as Row;
    for (const column of columns) {
      const key = foreignKeys.get(column);
      const value = row[column];
      if (!key || value === null || value === undefined) stored[column] = value ?? null;
      else if (key.table === table.name) stored[column] = key.nullable ? null : value;
      else stored[column] = translate(keys, key, value);
    }
    const result = insert.run(...columns.map((column) => stored[column]));
    const newRowid = Number(result.lastInsertRowid);
    rowids.push(newRowid);
    remember(graph, table, keys, row, (column) =>
      column === table.rowidAlias && !foreignKeys.has(column) ? newRowid : stored[column],
    );
    for (const key of table.foreignKeys) {
      const old = row[key.column];
      if (key.table !== table.name || old === null || old === undefined) continue;
      const where = table.withoutRowid
        ? table.primaryKey.map((column) => stored[column])
        : [newRowid];
      selfLinks.push({ where, column: key.column, key, old });
    }
  }
  // Self-references last, when every row of the table has its new key.
  const whereSql = table.withoutRowid
    ? table.primaryKey.map((column) => `${quoteIdentifier(column)} = ?`).join(' AND ')
    : 'rowid = ?';
  for (const link of selfLinks) {
    db.prepare(
      `UPDATE ${quoteIdentifier(table.name)} SET ${quoteIdentifier(link.column)} = ? WHERE ${whereSql}`,
    ).run(translate(keys, link.key, link.old), ...link.where);
  }
  return rowids;
}

function importShared(
  db: WorkspaceDb,
  graph: ArchiveGraph,
  table: TableInfo,
  archived: UsableTable,
  keys: KeyMaps,
): void {
  const policy = SHARED_POLICIES[table.name] ?? reuseIdenticalOrInsert;
  for (const values of archived.rows) {
    const row = rowObject(archived, values);
    for (const key of table.foreignKeys) {
      const value = row[key.column];
      if (value !== null && value !== undefined && key.table !== table.name) {
        row[key.column] = translate(keys, key, value);
      }
    }
    const stored = policy(db, table, row);
    remember(graph, table, keys, row, (column) => stored[column]);
  }
}

/**
 * Any shared row: an existing row equal in every column except its id and timestamps is reused,
 * otherwise the row is inserted with a new id.
 */
function reuseIdenticalOrInsert(db: WorkspaceDb, table: TableInfo, row: Row): Row {
  const compared = Object.keys(row).filter(
    (column) => column !== table.rowidAlias && !/_at$/.test(column),
  );
  const existing = db
    .prepare<unknown[], Row>(
      `SELECT * FROM ${quoteIdentifier(table.name)}
       WHERE ${compared.map((column) => `${quoteIdentifier(column)} IS ?`).join(' AND ') || '1'}
       LIMIT 1`,
    )
    .get(...compared.map((column) => row[column]));
  if (existing) return existing;
  return insertShared(db, table, row);
}

function insertShared(db: WorkspaceDb, table: TableInfo, row: Row): Row {
  const columns = Object.keys(row).filter((column) => column !== table.rowidAlias);
  const result = db
    .prepare(insertSql(table.name, columns))
    .run(...columns.map((column) => row[column]));
  const stored: Row = { ...row };
  if (table.rowidAlias) stored[table.rowidAlias] = Number(result.lastInsertRowid);
  return stored;
}

/**
 * Instruments: the same key, version and definition is the same instrument and is reused. A
 * different definition under a key and version this workspace already has becomes the key's
 * next version, so responses keep exactly the instrument they were given with.
 */
function reuseOrAddInstrumentVersion(db: WorkspaceDb, table: TableInfo, row: Row): Row {
  const existing = db
    .prepare<[unknown, unknown, unknown], Row>(
      `SELECT * FROM instruments WHERE instrument_key = ? AND version = ? AND definition_json = ?`,
    )
    .get(row.instrument_key, row.version, row.definition_json);
  if (existing) return existing;
  const taken = db
    .prepare<[unknown, unknown], { id: number }>(
      'SELECT id FROM instruments WHERE instrument_key = ? AND version = ?',
    )
    .get(row.instrument_key, row.version);
  if (!taken) return insertShared(db, table, row);
  const highest = db
    .prepare<[unknown], { v: number }>(
      'SELECT max(version) AS v FROM instruments WHERE instrument_key = ?',
    )
    .get(row.instrument_key);
  const version = (highest?.v ?? 0) + 1;
  let definition: Record<string, unknown>;
  try {
    definition = JSON.parse(String(row.definition_json)) as Record<string, unknown>;
  } catch {
    throw new AppError('archive.corrupt');
  }
  return insertShared(db, table, {
    ...row,
    version,
    builtin: 0,
    definition_json: JSON.stringify({ ...definition, version }),
  });
}

const SHARED_POLICIES: Record<string, SharedPolicy> = {
  instruments: reuseOrAddInstrumentVersion,
};

function translateJsonReferences(
  db: WorkspaceDb,
  graph: ArchiveGraph,
  inserted: Map<string, number[]>,
  keys: KeyMaps,
): void {
  for (const reference of JSON_REFERENCES) {
    const table = graph.tables.get(reference.table);
    const rowids = inserted.get(reference.table);
    if (!table || !rowids || table.withoutRowid || !table.columns.includes(reference.column)) {
      continue;
    }
    const column = quoteIdentifier(reference.column);
    const read = db.prepare<[number], { value: unknown }>(
      `SELECT ${column} AS value FROM ${quoteIdentifier(table.name)} WHERE rowid = ?`,
    );
    const write = db.prepare(
      `UPDATE ${quoteIdentifier(table.name)} SET ${column} = ? WHERE rowid = ?`,
    );
    const translate = (target: string, id: unknown) => {
      const key = graph.tables.get(target)?.rowidAlias ?? 'id';
      return keys.get(target)?.get(key)?.get(id);
    };
    for (const rowid of rowids) {
      const value = read.get(rowid)?.value;
      const translated = translateJsonIds(value, reference, translate);
      if (translated !== value) write.run(translated, rowid);
    }
  }
}

/** Records the new values of the columns other tables reference, for translating their keys. */
function remember(
  graph: ArchiveGraph,
  table: TableInfo,
  keys: KeyMaps,
  archivedRow: Row,
  newValue: (column: string) => unknown,
): void {
  // The integer id always (JSON references use it), and every column a foreign key points at.
  const columns = new Set(table.rowidAlias ? [table.rowidAlias] : []);
  for (const other of graph.tables.values()) {
    for (const key of other.foreignKeys) if (key.table === table.name) columns.add(key.toColumn);
  }
  for (const column of columns) {
    let byColumn = keys.get(table.name);
    if (!byColumn) keys.set(table.name, (byColumn = new Map()));
    let map = byColumn.get(column);
    if (!map) byColumn.set(column, (map = new Map()));
    map.set(archivedRow[column], newValue(column));
  }
}

function translate(keys: KeyMaps, key: ForeignKey, value: unknown): unknown {
  const mapped = keys.get(key.table)?.get(key.toColumn)?.get(value);
  if (mapped !== undefined) return mapped;
  // A reference to a row the archive does not hold: dropped where allowed, else the archive
  // is inconsistent.
  if (key.nullable) return null;
  throw new AppError('archive.corrupt');
}

function insertSql(table: string, columns: string[]): string {
  if (columns.length === 0) return `INSERT INTO ${quoteIdentifier(table)} DEFAULT VALUES`;
  return `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')})
          VALUES (${columns.map(() => '?').join(', ')})`;
}

/** SQLite's refusals while importing mean the archive's data does not fit: never a crash. */
function asArchiveError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppError(
      code === 'SQLITE_CONSTRAINT_UNIQUE' ? 'archive.conflict' : 'archive.corrupt',
    );
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_MISMATCH')) {
    return new AppError('archive.corrupt');
  }
  return error;
}
