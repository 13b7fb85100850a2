/** The smallest files that hold chart specs as native charts: a Word document and a deck. */
import { Document, Packer, Paragraph } from 'docx';
import { writeDeck } from '@main/core/report/deck/pptx-writer';
import { nativeChartRun } from '@main/core/report/docx-charts/native-chart';
import type { NativeChartStyle } from '@main/core/report/docx-charts/native-chart';
import type { ChartSpec } from '@shared/report/chart-spec';
import { DEFAULT_HOUSE_STYLE } from '@shared/report/settings';

/** A .docx with `spec` as its one native chart. */
export async function wordWithChart(spec: ChartSpec, style: NativeChartStyle): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              nativeChartRun(spec, style, { name: 'Figuur 1', title: 't', description: 'd' }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A .pptx with a chart slide for each spec, in the default house style. */
export function deckWithCharts(specs: ChartSpec[]): Promise<Uint8Array> {
  return writeDeck(
    {
      language: 'nl',
      title: 'Deck',
      firmName: '',
      clientName: 'Klant',
      isSample: true,
      slides: specs.map((chart) => ({
        kind: 'chart' as const,
        title: 'Titel',
        chart,
        question: 'Vraag?',
        notes: '',
      })),
    },
    { style: DEFAULT_HOUSE_STYLE, logo: null },
  );
}
