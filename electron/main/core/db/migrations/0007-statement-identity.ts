import type { Migration } from './migration';

interface InstrumentRow {
  id: number;
  instrument_key: string;
  builtin: number;
  definition_json: string;
}

interface StoredItem {
  id?: string;
  linkedTo?: string | null;
  code: string;
  kind: string;
}

interface StoredDefinition {
  id: string;
  family?: string;
  derivedFrom?: unknown;
  items: StoredItem[];
}

const STAFF_SCAN = 'klantgerichtheidsscan';
const CUSTOMER_SCAN = 'klantgerichtheidsscan-klant';

/**
 * Statement identity. Every stored instrument version gets a family (its own key), no lineage,
 * and an id per statement ("<key>/<code>", the rule the file reader applies). The shipped
 * customer version joins the shipped staff scan's family, and each of its likert and importance
 * statements is linked to the staff statement it mirrors — from here on comparisons between
 * staff and customers follow these links, never item codes. Frozen: this migration reads only
 * the stored rows, never the current shipped files.
 */
export const migration0007StatementIdentity: Migration = {
  version: 7,
  name: 'statement ids, instrument families and links between staff and customer versions',
  up(db) {
    const rows = db
      .prepare<[], InstrumentRow>(
        'SELECT id, instrument_key, builtin, definition_json FROM instruments ORDER BY id',
      )
      .all();
    const staffStatements = new Set<string>();
    for (const row of rows) {
      if (row.builtin !== 1 || row.instrument_key !== STAFF_SCAN) continue;
      const definition = JSON.parse(row.definition_json) as StoredDefinition;
      for (const item of definition.items) {
        if (item.kind === 'likert' || item.kind === 'importance') {
          staffStatements.add(`${item.kind}:${item.code}`);
        }
      }
    }
    const update = db.prepare('UPDATE instruments SET definition_json = ? WHERE id = ?');
    for (const row of rows) {
      const definition = JSON.parse(row.definition_json) as StoredDefinition;
      const linkToStaff = row.builtin === 1 && row.instrument_key === CUSTOMER_SCAN;
      const next: StoredDefinition = {
        ...definition,
        family: definition.family ?? (linkToStaff ? STAFF_SCAN : row.instrument_key),
        derivedFrom: definition.derivedFrom ?? null,
        items: definition.items.map((item) => ({
          ...item,
          id: item.id ?? `${row.instrument_key}/${item.code}`,
          linkedTo:
            item.linkedTo ??
            (linkToStaff && staffStatements.has(`${item.kind}:${item.code}`)
              ? `${STAFF_SCAN}/${item.code}`
              : null),
        })),
      };
      update.run(JSON.stringify(next), row.id);
    }
  },
};
