/**
 * `klantspiegel paper --instrument <id|file.json> [--language nl|en] [--groups <list>]
 * --out <file.docx>`: the printable questionnaire of a built-in instrument or an instrument file,
 * as the app writes it. `--groups "Productie=20,Verkoop"` prints the group boxes and, for a group
 * with a number, that many pre-numbered forms (P001, P002, …).
 */
import { writeFileSync } from 'node:fs';
import type { PaperGroup } from '@shared/paper/questionnaire-form';
import { MAX_PAPER_FORMS } from '@shared/paper/questionnaire-form';
import type { Language } from '@shared/questionnaire/instrument';
import { questionnaireDocx } from '../core/paper/paper-files';
import { loadInstrument } from './analyze';
import { InputError } from './input-error';

export interface PaperCommand {
  instrument: string | undefined;
  language: string | undefined;
  groups: string | undefined;
  out: string | undefined;
}

export const PAPER_USAGE =
  'klantspiegel paper --instrument <id|file.json> [--language nl|en] [--groups "Productie=20,Verkoop=15"] --out <file.docx>';

/** "Productie=20, Verkoop / Commercie, Management=5" → names with their number of forms. */
export function parseGroupList(text: string): PaperGroup[] {
  const groups = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^(.*?)\s*(?:=\s*(\d+))?$/.exec(part);
      const name = match?.[1]?.trim() ?? '';
      const forms = match?.[2] === undefined ? 0 : Number(match[2]);
      if (name === '') throw new InputError(`--groups: "${part}" has no group name.`);
      return { name, forms };
    });
  const names = new Set(groups.map((group) => group.name.toLocaleLowerCase()));
  if (names.size !== groups.length) throw new InputError('--groups names a group twice.');
  const total = groups.reduce((sum, group) => sum + group.forms, 0);
  if (total > MAX_PAPER_FORMS) {
    throw new InputError(`--groups asks for ${total} forms; at most ${MAX_PAPER_FORMS} per file.`);
  }
  return groups;
}

export async function runPaper(command: PaperCommand): Promise<string> {
  const { instrument: reference, out } = command;
  if (!reference || !out) {
    throw new InputError(`paper needs --instrument and --out.\nUsage: ${PAPER_USAGE}`);
  }
  const language = command.language ?? 'nl';
  if (language !== 'nl' && language !== 'en') {
    throw new InputError('--language must be nl or en.');
  }
  const groups = command.groups === undefined ? [] : parseGroupList(command.groups);
  const instrument = await loadInstrument(reference);
  const bytes = await questionnaireDocx(instrument, language as Language, groups);
  writeFileSync(out, bytes);
  const forms = groups.reduce((sum, group) => sum + group.forms, 0);
  return `Wrote ${out}: ${instrument.id} v${instrument.version} (${language}), ${
    forms > 0 ? `${forms} pre-numbered forms` : 'one blank form'
  }.`;
}
