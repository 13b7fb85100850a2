/**
 * Opening a .docx outside Word: LibreOffice converts it to PDF, poppler reads the PDF back.
 * Tests that need them skip, with the reason in their name, where they are not installed.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Why such tests skip here (null: everything is installed). */
export function skipReasonWithout(commands: string[]): string | null {
  const missing = commands.filter((command) => !installed(command));
  return missing.length > 0 ? `${missing.join(', ')} not installed (CI installs them)` : null;
}

/** Converts `docx` (or a .pptx) into a PDF beside it; returns the PDF's path. */
export function convertToPdf(docx: string, dir: string): string {
  // A profile of its own, so a LibreOffice the consultant has open does not take the job.
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return docx.replace(/\.(docx|pptx)$/, '.pdf');
}
