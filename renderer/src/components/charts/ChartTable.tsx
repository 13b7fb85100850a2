export interface ChartTableColumn {
  label: string;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
}

export interface ChartTableRow {
  /** Stable React key. */
  key: string;
  /** The first cell is the row header (e.g. the dimension); the rest follow `columns[1…]`. */
  cells: string[];
}

/** A chart's numbers as a table: `columns[0]` heads the row-header column. */
export interface ChartTableData {
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
}

/** The accessible alternative to a chart: the same numbers, as a plain data table. */
export function ChartTable({ data, caption }: { data: ChartTableData; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {data.columns.map((column, index) => (
              <th
                key={`${index}-${column.label}`}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={data.columns[index]?.numeric ? 'numeric' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
