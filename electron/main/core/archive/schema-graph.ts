/**
 * What belongs to an engagement, read from the schema itself rather than from a list of tables,
 * so tables added by later migrations are archived without touching this code.
 *
 * - A table is *owned* when one of its foreign keys with `ON DELETE CASCADE` points at
 *   `engagements` or at another owned table: exactly the rows deleting the engagement deletes
 *   (groups, respondents, interviews, notes, quotes, themes, theme links, report settings …).
 * - Every other table an owned row (or the engagement) references is *shared*: instruments,
 *   norm sets. Only the referenced rows travel along, and importing reuses identical ones.
 * - Virtual tables (FTS5 search indexes) and their shadow tables are skipped: triggers maintain
 *   them from the owned tables.
 *
 * Assumptions, checked here: foreign keys are single-column; owned tables form no cycle (a
 * table referencing itself, like nested themes, is fine).
 */
import type { WorkspaceDb } from '../db/open-workspace';

export const ROOT_TABLE = 'engagements';

export interface ForeignKey {
  column: string;
  table: string;
  /** The referenced column (the referenced table's primary key when the schema omits it). */
  toColumn: string;
  cascades: boolean;
  nullable: boolean;
}

export interface TableInfo {
  name: string;
  /** Stored columns in declaration order (generated columns excluded). */
  columns: string[];
  /** The INTEGER PRIMARY KEY column (alias of the rowid), if the table has one. */
  rowidAlias: string | null;
  withoutRowid: boolean;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

export interface ArchiveGraph {
  tables: Map<string, TableInfo>;
  /** Owned tables, parents before children; the first is `engagements`. */
  owned: TableInfo[];
  /** Shared tables reachable from owned ones, referenced tables before those referencing them. */
  shared: TableInfo[];
  /** FTS5 tables, whose index keeps deleted words until it is optimised. */
  fts5Tables: string[];
}

interface TableListRow {
  schema: string;
  name: string;
  type: string;
}

interface ColumnRow {
  name: string;
  type: string;
  notnull: number;
  pk: number;
  hidden: number;
}

interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
  on_delete: string;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function readArchiveGraph(db: WorkspaceDb): ArchiveGraph {
  const listed = (db.pragma('table_list') as TableListRow[]).filter(
    (row) => row.schema === 'main' && !row.name.startsWith('sqlite_'),
  );
  const sqlOf = new Map(
    db
      .prepare<[], { name: string; sql: string | null }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'",
      )
      .all()
      .map((row) => [row.name, row.sql ?? '']),
  );
  const fts5Tables = listed
    .filter((row) => row.type === 'virtual' && /USING\s+fts5\s*\(/i.test(sqlOf.get(row.name) ?? ''))
    .map((row) => row.name);
  const tables = new Map<string, TableInfo>();
  for (const row of listed.filter((candidate) => candidate.type === 'table')) {
    tables.set(row.name, readTable(db, row.name, sqlOf.get(row.name) ?? ''));
  }
  // Omitted referenced columns mean the referenced table's primary key.
  for (const table of tables.values()) {
    for (const key of table.foreignKeys) {
      if (key.toColumn) continue;
      const target = tables.get(key.table);
      const primary = target?.primaryKey;
      if (!primary || primary.length !== 1) {
        throw new Error(`${table.name}.${key.column} references ${key.table} without a single key`);
      }
      key.toColumn = primary[0] ?? '';
    }
  }
  const owned = ownedTables(tables);
  return { tables, owned, shared: sharedTables(tables, owned), fts5Tables };
}

function readTable(db: WorkspaceDb, name: string, sql: string): TableInfo {
  const columns = (db.pragma(`table_xinfo(${quoteIdentifier(name)})`) as ColumnRow[]).filter(
    (column) => column.hidden === 0,
  );
  const primaryKey = columns
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name);
  const withoutRowid = /\)\s*(STRICT\s*,\s*)?WITHOUT\s+ROWID/i.test(sql);
  const single = primaryKey.length === 1 ? columns.find((c) => c.name === primaryKey[0]) : null;
  const rowidAlias =
    !withoutRowid && single && single.type.toUpperCase() === 'INTEGER' ? single.name : null;
  const keyRows = db.pragma(`foreign_key_list(${quoteIdentifier(name)})`) as ForeignKeyRow[];
  if (keyRows.some((row) => row.seq > 0)) {
    throw new Error(`${name} has a multi-column foreign key; archives support single columns`);
  }
  const notNull = new Set(columns.filter((c) => c.notnull === 1).map((c) => c.name));
  return {
    name,
    columns: columns.map((column) => column.name),
    rowidAlias,
    withoutRowid,
    primaryKey,
    foreignKeys: keyRows.map((row) => ({
      column: row.from,
      table: row.table,
      toColumn: row.to ?? '',
      cascades: row.on_delete.toUpperCase() === 'CASCADE',
      nullable: !notNull.has(row.from) && !primaryKey.includes(row.from),
    })),
  };
}

function ownedTables(tables: Map<string, TableInfo>): TableInfo[] {
  const root = tables.get(ROOT_TABLE);
  if (!root) throw new Error(`The workspace has no ${ROOT_TABLE} table`);
  const owned = new Set([ROOT_TABLE]);
  for (let grew = true; grew;) {
    grew = false;
    for (const table of tables.values()) {
      if (owned.has(table.name)) continue;
      if (
        table.foreignKeys.some(
          (key) => key.cascades && key.table !== table.name && owned.has(key.table),
        )
      ) {
        owned.add(table.name);
        grew = true;
      }
    }
  }
  return topologicalOrder(
    [...owned].map((name) => tables.get(name) as TableInfo),
    (table) => table.foreignKeys.map((key) => key.table).filter((name) => owned.has(name)),
  );
}

function sharedTables(tables: Map<string, TableInfo>, owned: TableInfo[]): TableInfo[] {
  const ownedNames = new Set(owned.map((table) => table.name));
  const shared = new Set<string>();
  const pending = owned.flatMap((table) => table.foreignKeys.map((key) => key.table));
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (ownedNames.has(name) || shared.has(name) || !tables.has(name)) continue;
    shared.add(name);
    pending.push(...(tables.get(name) as TableInfo).foreignKeys.map((key) => key.table));
  }
  return topologicalOrder(
    [...shared].map((name) => tables.get(name) as TableInfo),
    (table) => table.foreignKeys.map((key) => key.table).filter((name) => shared.has(name)),
  );
}

/** Tables ordered so that every table comes after the tables it depends on (itself excepted). */
function topologicalOrder(
  tables: TableInfo[],
  dependsOn: (table: TableInfo) => string[],
): TableInfo[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: TableInfo) => {
    const seen = state.get(table.name);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`Foreign keys form a cycle through ${table.name}`);
    state.set(table.name, 'visiting');
    for (const name of dependsOn(table)) {
      const dependency = byName.get(name);
      if (dependency && name !== table.name) visit(dependency);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  // Keep the root first and otherwise the schema's order, for stable archives.
  for (const table of tables) visit(table);
  return ordered;
}
