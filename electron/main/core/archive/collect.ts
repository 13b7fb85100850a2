import { AppError } from '@shared/ipc/errors';
import type { WorkspaceDb } from '../db/open-workspace';
import { readSchemaVersion } from '../db/open-workspace';
import {
  ARCHIVE_CONTENT_VERSION,
  ARCHIVE_FORMAT,
  type ArchiveContent,
  type ArchiveTable,
  type ArchiveValue,
} from './content';
import {
  quoteIdentifier,
  readArchiveGraph,
  ROOT_TABLE,
  type ArchiveGraph,
  type TableInfo,
} from './schema-graph';

type Row = Record<string, unknown>;
/** Per table and column: the values other rows may reference (usually the ids). */
type KeySets = Map<string, Map<string, Set<unknown>>>;

/**
 * Reads everything of one engagement (see schema-graph.ts for what that is) in one read
 * transaction, so the archive is a consistent snapshot even while autosaves continue.
 */
export function collectEngagement(
  db: WorkspaceDb,
  engagementId: number,
  meta: { appVersion: string; now?: Date },
): ArchiveContent {
  return db.transaction((): ArchiveContent => {
    const graph = readArchiveGraph(db);
    const owned = collectOwned(db, graph, engagementId);
    const shared = collectShared(db, graph, owned.rows);
    const root = owned.rows.get(ROOT_TABLE)?.[0];
    return {
      format: ARCHIVE_FORMAT,
      contentVersion: ARCHIVE_CONTENT_VERSION,
      schemaVersion: readSchemaVersion(db),
      appVersion: meta.appVersion,
      exportedAt: (meta.now ?? new Date()).toISOString(),
      engagement: { clientName: String(root?.client_name ?? '') },
      owned: toTables(graph.owned, owned.rows),
      shared: toTables(graph.shared, shared),
    };
  })();
}

function collectOwned(
  db: WorkspaceDb,
  graph: ArchiveGraph,
  engagementId: number,
): { rows: Map<string, Row[]> } {
  const rows = new Map<string, Row[]>();
  const keys: KeySets = new Map();
  for (const table of graph.owned) {
    let selected: Row[];
    if (table.name === ROOT_TABLE) {
      selected = db
        .prepare<[number], Row>(`SELECT * FROM ${ROOT_TABLE} WHERE id = ?`)
        .all(engagementId);
      if (selected.length === 0) {
        throw new AppError('errors.notFound', { what: 'engagement', id: engagementId });
      }
    } else {
      selected = selectChildren(db, table, keys);
    }
    rows.set(table.name, selected);
    rememberKeys(graph, table, selected, keys);
  }
  return { rows };
}

/**
 * The rows of `table` whose cascading foreign keys point at rows already selected; a table that
 * references itself (nested themes) is followed until no new rows turn up.
 */
function selectChildren(db: WorkspaceDb, table: TableInfo, keys: KeySets): Row[] {
  const selected = new Map<string, Row>();
  const identity = (row: Row) => JSON.stringify(identityColumns(table).map((c) => row[c]));
  const order = orderBy(table);
  const columns = selectList(table);
  for (let round = 0; ; round++) {
    const conditions: string[] = [];
    const parameters: string[] = [];
    for (const key of table.foreignKeys) {
      if (!key.cascades) continue;
      if (key.table === table.name && round === 0) continue;
      const values = keys.get(key.table)?.get(key.toColumn);
      if (!values || values.size === 0) continue;
      conditions.push(`${quoteIdentifier(key.column)} IN (SELECT value FROM json_each(?))`);
      parameters.push(JSON.stringify([...values]));
    }
    if (conditions.length === 0) break;
    const found = db
      .prepare<string[], Row>(
        `SELECT ${columns} FROM ${quoteIdentifier(table.name)} WHERE ${conditions.join(' OR ')} ${order}`,
      )
      .all(...parameters);
    const before = selected.size;
    for (const row of found) selected.set(identity(row), row);
    const selfKeys = table.foreignKeys.filter((key) => key.cascades && key.table === table.name);
    if (selfKeys.length === 0 || selected.size === before) break;
    // Make this table's own keys visible to its self-reference for the next round.
    for (const key of selfKeys) {
      const set = keySet(keys, table.name, key.toColumn);
      for (const row of selected.values()) set.add(row[key.toColumn]);
    }
  }
  // Archive rows in key order: importing them in this order keeps their relative order.
  return [...selected.values()].sort((a, b) => compareKeys(table, a, b));
}

function collectShared(
  db: WorkspaceDb,
  graph: ArchiveGraph,
  ownedRows: Map<string, Row[]>,
): Map<string, Row[]> {
  const sharedNames = new Set(graph.shared.map((table) => table.name));
  const wanted: KeySets = new Map();
  const want = (rows: Row[], table: TableInfo) => {
    for (const key of table.foreignKeys) {
      if (!sharedNames.has(key.table)) continue;
      const set = keySet(wanted, key.table, key.toColumn);
      for (const row of rows) if (row[key.column] != null) set.add(row[key.column]);
    }
  };
  for (const table of graph.owned) want(ownedRows.get(table.name) ?? [], table);
  const rows = new Map<string, Row[]>();
  // Referencing tables come last in `shared`: walk it backwards so their references are known
  // before the tables they point to are read.
  for (const table of [...graph.shared].reverse()) {
    const byColumn = wanted.get(table.name);
    if (!byColumn) continue;
    const conditions: string[] = [];
    const parameters: string[] = [];
    for (const [column, values] of byColumn) {
      if (values.size === 0) continue;
      conditions.push(`${quoteIdentifier(column)} IN (SELECT value FROM json_each(?))`);
      parameters.push(JSON.stringify([...values]));
    }
    if (conditions.length === 0) continue;
    const found = db
      .prepare<string[], Row>(
        `SELECT ${selectList(table)} FROM ${quoteIdentifier(table.name)} WHERE ${conditions.join(' OR ')} ${orderBy(table)}`,
      )
      .all(...parameters);
    rows.set(table.name, found);
    want(found, table);
  }
  return rows;
}

function rememberKeys(graph: ArchiveGraph, table: TableInfo, rows: Row[], keys: KeySets): void {
  for (const other of graph.tables.values()) {
    for (const key of other.foreignKeys) {
      if (key.table !== table.name) continue;
      const set = keySet(keys, table.name, key.toColumn);
      for (const row of rows) set.add(row[key.toColumn]);
    }
  }
}

function keySet(keys: KeySets, table: string, column: string): Set<unknown> {
  let byColumn = keys.get(table);
  if (!byColumn) keys.set(table, (byColumn = new Map()));
  let set = byColumn.get(column);
  if (!set) byColumn.set(column, (set = new Set()));
  return set;
}

/** A table without any declared key is told apart (and ordered) by its hidden rowid. */
const ROWID = '__archive_rowid';

function identityColumns(table: TableInfo): string[] {
  if (table.rowidAlias) return [table.rowidAlias];
  return table.primaryKey.length > 0 ? table.primaryKey : [ROWID];
}

function selectList(table: TableInfo): string {
  return identityColumns(table).includes(ROWID) ? `*, rowid AS ${ROWID}` : '*';
}

function orderBy(table: TableInfo): string {
  return `ORDER BY ${identityColumns(table).map(quoteIdentifier).join(', ')}`;
}

function compareKeys(table: TableInfo, a: Row, b: Row): number {
  for (const column of identityColumns(table)) {
    const x = a[column] as number | string;
    const y = b[column] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

function toTables(tables: TableInfo[], rows: Map<string, Row[]>): Record<string, ArchiveTable> {
  const result: Record<string, ArchiveTable> = {};
  for (const table of tables) {
    const tableRows = rows.get(table.name);
    if (!tableRows) continue;
    result[table.name] = {
      columns: table.columns,
      rows: tableRows.map((row) => table.columns.map((column) => toArchiveValue(row[column]))),
    };
  }
  return result;
}

function toArchiveValue(value: unknown): ArchiveValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return { $blob: Buffer.from(value).toString('base64') };
  return String(value);
}
