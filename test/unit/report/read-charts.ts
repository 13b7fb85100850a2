/**
 * Reads the native charts of a .docx or .pptx back, as Word's "Edit Data" would: each chart part
 * (c:chartSpace) parsed as XML, its series with the cell references and cached values, and the
 * embedded workbook the chart's relationship points at, read with exceljs.
 */
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';

export interface ChartSeriesRead {
  name: string;
  nameRef: string;
  /** Category labels (bar charts) or x values (scatter). */
  categories: (string | number)[];
  categoryRef: string;
  values: (number | null)[];
  valueRef: string;
  /** The series' marker (c:marker): its symbol, fill and outline colour; null without one. */
  marker: { symbol: string; fill: string | null; outline: string | null } | null;
}

export interface ChartRead {
  part: string;
  kind: 'barChart' | 'scatterChart' | 'lineChart' | 'radarChart';
  barDirection: string | null;
  colours: string[];
  series: ChartSeriesRead[];
  workbookPart: string;
  /** The embedded workbook's first sheet: cell address → value. */
  cells: Map<string, string | number | null>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['c:ser', 'c:pt', 'Relationship'].includes(name),
});

type Node = Record<string, unknown>;

function pointsOf(cache: Node | undefined): { idx: number; v: string }[] {
  const points = (cache?.['c:pt'] as Node[] | undefined) ?? [];
  return points.map((point) => ({ idx: Number(point['@idx']), v: String(point['c:v']) }));
}

function refOf(node: Node | undefined): { f: string; cache: Node | undefined } {
  const ref = (node?.['c:numRef'] ?? node?.['c:strRef']) as Node | undefined;
  return {
    f: String(ref?.['c:f'] ?? ''),
    cache: (ref?.['c:numCache'] ?? ref?.['c:strCache']) as Node | undefined,
  };
}

function valuesOf(node: Node | undefined): { f: string; values: (number | null)[] } {
  const { f, cache } = refOf(node);
  const count = Number((cache?.['c:ptCount'] as Node | undefined)?.['@val'] ?? 0);
  const values: (number | null)[] = Array.from({ length: count }, () => null);
  for (const point of pointsOf(cache)) values[point.idx] = Number(point.v);
  return { f, values };
}

export async function readCharts(bytes: Uint8Array): Promise<ChartRead[]> {
  const files = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const charts: ChartRead[] = [];
  const parts = Object.keys(files)
    .filter((name) => /^(word|ppt)\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  for (const part of parts) {
    const xml = parser.parse(text(part)) as Node;
    const plot = ((xml['c:chartSpace'] as Node)['c:chart'] as Node)['c:plotArea'] as Node;
    const kind = (['barChart', 'scatterChart', 'lineChart', 'radarChart'] as const).find(
      (candidate) => plot[`c:${candidate}`] !== undefined,
    )!;
    const chart = plot[`c:${kind}`] as Node;
    const series = ((chart['c:ser'] as Node[] | undefined) ?? []).map((ser) => {
      const name = refOf(ser['c:tx'] as Node);
      const categoryNode = (ser['c:cat'] ?? ser['c:xVal']) as Node | undefined;
      const category = refOf(categoryNode);
      const categories = pointsOf(category.cache).map((point) =>
        kind === 'scatterChart' ? Number(point.v) : point.v,
      );
      const values = valuesOf((ser['c:val'] ?? ser['c:yVal']) as Node);
      const marker = ser['c:marker'] as Node | undefined;
      const markerShape = marker?.['c:spPr'] as Node | undefined;
      const colourOf = (fill: unknown) =>
        ((fill as Node | undefined)?.['a:srgbClr'] as Node | undefined)?.['@val'] as
          string | undefined;
      return {
        marker: marker
          ? {
              symbol: String((marker['c:symbol'] as Node)['@val']),
              fill: colourOf(markerShape?.['a:solidFill']) ?? null,
              outline:
                colourOf((markerShape?.['a:ln'] as Node | undefined)?.['a:solidFill']) ?? null,
            }
          : null,
        name: pointsOf(name.cache)[0]?.v ?? '',
        nameRef: name.f,
        categories,
        categoryRef: category.f,
        values: values.values,
        valueRef: values.f,
      };
    });
    const colours = [...text(part).matchAll(/<c:ser>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map(
      (match) => match[1]!,
    );
    const relsName = part.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels');
    const rels = parser.parse(text(relsName)) as Node;
    const relationship = ((rels['Relationships'] as Node)['Relationship'] as Node[]).find((rel) =>
      String(rel['@Type']).endsWith('/package'),
    )!;
    const workbookPart = new URL(String(relationship['@Target']), `file:///${part}`).pathname.slice(
      1,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files[workbookPart]!.slice().buffer as ArrayBuffer);
    const cells = new Map<string, string | number | null>();
    workbook.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => {
        cells.set(cell.address, cell.value as string | number | null);
      }),
    );
    charts.push({
      part,
      kind,
      barDirection: ((chart['c:barDir'] as Node | undefined)?.['@val'] as string) ?? null,
      colours,
      series,
      workbookPart,
      cells,
    });
  }
  return charts;
}

/** The cells a reference like "Sheet1!$B$2:$B$7" covers, in order. */
export function cellsOf(reference: string): string[] {
  const match = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(reference);
  if (!match) return [];
  const [, fromColumn, fromRow, toColumn = fromColumn, toRow = fromRow] = match;
  const columnNumber = (letters: string) =>
    [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  const letter = (number: number): string =>
    number <= 0
      ? ''
      : letter(Math.floor((number - 1) / 26)) + String.fromCharCode(65 + ((number - 1) % 26));
  const cells: string[] = [];
  for (let column = columnNumber(fromColumn!); column <= columnNumber(toColumn!); column++) {
    for (let row = Number(fromRow); row <= Number(toRow); row++)
      cells.push(`${letter(column)}${row}`);
  }
  return cells;
}
