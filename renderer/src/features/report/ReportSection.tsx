import type { HubSectionProps } from '../hub/hub-section-props';
import { ReportBuilder } from './ReportBuilder';
import './report.css';

/** The Report tab: this engagement's report (the house style lives in the Library). */
export function ReportSection({ engagement }: HubSectionProps) {
  return <ReportBuilder key={engagement.id} engagement={engagement} />;
}
