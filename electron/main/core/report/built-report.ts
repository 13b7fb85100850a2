/**
 * A report as built for writing: the loaded data, its document model, the settings and the house
 * style it was built with (read once, so the writers use the same one). In its own
 * module so the writers (Word, the deck) and generate.ts, which loads them, import it without a
 * circle.
 */
import type { ReportDocument } from '@shared/report/document';
import type { HouseStyleInfo, ReportSettings } from '@shared/report/settings';
import type { LoadedReport } from './assemble';

export interface BuiltReport extends LoadedReport {
  document: ReportDocument;
  settings: ReportSettings;
  house: HouseStyleInfo;
}
