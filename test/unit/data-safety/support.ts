/**
 * Helpers for the data-safety tests: a hash of everything in a workspace (to prove a refused file
 * or call changed nothing) and a canonical form of an archive that ignores ids and timestamps.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ArchiveContent, ArchiveValue } from '@main/core/archive/content';
import { JSON_REFERENCES, translateJsonIds } from '@main/core/archive/json-references';
import type { ArchiveGraph, TableInfo } from '@main/core/archive/schema-graph';

/** SHA-256 over every row of every table (search index shadow tables included). */
export function contentHash(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )
    .all();
  for (const { name } of tables) {
    if (name.startsWith('sqlite_') || isVirtual(db, name)) continue;
    const rows = db
      .prepare(`SELECT * FROM "${name}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row, bytesAsBase64))
      .sort();
    hash.update(`${name}\n${rows.join('\n')}\n`);
  }
  hash.update(String(db.pragma('user_version', { simple: true })));
  return hash.digest('hex');
}

function isVirtual(db: Database.Database, name: string): boolean {
  const row = db
    .prepare<[string], { sql: string }>('SELECT sql FROM sqlite_master WHERE name = ?')
    .get(name);
  return /^CREATE VIRTUAL/i.test(row?.sql ?? '');
}

function bytesAsBase64(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer') {
    return Buffer.from((value as { data: number[] }).data).toString('base64');
  }
  return value;
}

type CanonicalRow = Record<string, unknown>;

/**
 * The archive with every integer id replaced by the row's position in its table (owned rows) or
 * by its content (shared rows), foreign keys by the label of the row they point to, and
 * `*_at` timestamps left out: two archives of the same engagement from different workspaces
 * compare equal.
 */
export function canonicalArchive(
  content: ArchiveContent,
  graph: ArchiveGraph,
): Record<string, CanonicalRow[]> {
  const labels = new Map<string, Map<unknown, string>>();
  const labelKey = (table: string, column: string) => `${table}.${column}`;
  const objects = (tables: Record<string, { columns: string[]; rows: ArchiveValue[][] }>) =>
    Object.entries(tables).map(([name, table]) => ({
      info: graph.tables.get(name) as TableInfo,
      rows: table.rows.map((row) =>
        Object.fromEntries(table.columns.map((column, index) => [column, row[index]])),
      ),
    }));
  const shared = objects(content.shared);
  const owned = objects(content.owned);
  for (const { info, rows } of shared) {
    for (const column of referencedColumns(graph, info.name)) {
      const map = new Map<unknown, string>();
      for (const row of rows) {
        const body = Object.entries(row).filter(
          ([key]) => key !== info.rowidAlias && !key.endsWith('_at'),
        );
        map.set(row[column], `${info.name}:${JSON.stringify(body)}`);
      }
      labels.set(labelKey(info.name, column), map);
    }
  }
  for (const { info, rows } of owned) {
    for (const column of referencedColumns(graph, info.name)) {
      labels.set(
        labelKey(info.name, column),
        new Map(rows.map((row, index) => [row[column], `${info.name}#${index}`])),
      );
    }
  }
  const result: Record<string, CanonicalRow[]> = {};
  for (const { info, rows } of [...shared, ...owned]) {
    const canonical = rows.map((row) => {
      const out: CanonicalRow = {};
      for (const [column, value] of Object.entries(row)) {
        if (column.endsWith('_at')) continue;
        const key = info.foreignKeys.find((candidate) => candidate.column === column);
        const json = JSON_REFERENCES.find(
          (reference) => reference.table === info.name && reference.column === column,
        );
        if (json) {
          out[column] = translateJsonIds(value, json, (table, id) => {
            const idColumn = graph.tables.get(table)?.rowidAlias ?? 'id';
            return labels.get(labelKey(table, idColumn))?.get(id) ?? '<dangling>';
          });
          continue;
        }
        if (key && value !== null) {
          out[column] = labels.get(labelKey(key.table, key.toColumn))?.get(value) ?? '<dangling>';
        } else if (column === info.rowidAlias) {
          out[column] = labels.get(labelKey(info.name, column))?.get(value) ?? '<id>';
        } else {
          out[column] = value;
        }
      }
      return out;
    });
    result[info.name] = shared.some((table) => table.info === info)
      ? canonical.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : canonical;
  }
  return result;
}

function referencedColumns(graph: ArchiveGraph, table: string): string[] {
  const columns = new Set<string>();
  for (const info of graph.tables.values()) {
    for (const key of info.foreignKeys) if (key.table === table) columns.add(key.toColumn);
  }
  const info = graph.tables.get(table);
  if (info?.rowidAlias) columns.add(info.rowidAlias);
  return [...columns];
}
