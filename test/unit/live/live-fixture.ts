import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LiveSessions, type LiveSessionsOptions } from '@main/core/live/live-sessions';
import type { Workspace } from '@main/core/workspace';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { department, newEngagement } from '@test/support/new-engagement';

/**
 * A built renderer folder in miniature: the participant page, its script (which imports a shared
 * chunk) and style sheet, and files of the app the live server must never hand out.
 */
export function participantPageDir(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'participant.html'),
    '<!doctype html><title>p</title><script type="module" crossorigin src="./assets/page-1.js"></script>' +
      '<link rel="stylesheet" crossorigin href="./assets/page-1.css">',
  );
  writeFileSync(join(dir, 'assets', 'page-1.js'), 'import{a}from"./shared-1.js";a();');
  writeFileSync(join(dir, 'assets', 'shared-1.js'), 'export const a=()=>1;');
  writeFileSync(join(dir, 'assets', 'page-1.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'assets', 'app-1.js'), 'the consultant app');
  writeFileSync(join(dir, 'index.html'), 'the consultant app');
  return dir;
}

export const PAPER_FORM_FIXTURE = 'test/fixtures/capture/paper-form.instrument.json';

export function importPaperForm(workspace: Workspace): number {
  const parsed = parseInstrumentFile(JSON.parse(readFileSync(PAPER_FORM_FIXTURE, 'utf8')));
  if (!parsed.ok) throw new Error('fixture instrument is invalid');
  return workspace.instruments.importInstrument(parsed.instrument);
}

/** An engagement with four groups and the paper-form instrument (KK1–3, SW1–3, open OPM). */
export function workshop(
  options: Partial<LiveSessionsOptions> = {},
  workspace: Workspace = tempWorkspace(),
) {
  const engagement = workspace.engagements.create(
    newEngagement(
      'Metaalwerken Zuid',
      [
        department('Productie'),
        department('Verkoop'),
        { name: 'Management', kind: 'management', description: '' },
        { name: 'Klanten', kind: 'customer', description: '' },
      ],
      { sector: 'Metaal', notes: 'Vertrouwelijk', anonymityThreshold: 3 },
    ),
  );
  const instrumentId = importPaperForm(workspace);
  const live = new LiveSessions({
    workspace: () => workspace,
    staticDir: participantPageDir(),
    allowLoopback: true,
    // A private address is listed but never bound: tests listen on 127.0.0.1 only.
    interfaceTable: () => ({
      wlan0: [
        {
          address: '192.168.1.20',
          netmask: '255.255.255.0',
          family: 'IPv4',
          mac: '00:00:00:00:00:00',
          internal: false,
          cidr: '192.168.1.20/24',
        },
      ],
    }),
    ...options,
  });
  const groupId = (name: string) => engagement.groups.find((group) => group.name === name)!.id;
  return { workspace, engagement, instrumentId, live, groupId };
}

export const FULL_ANSWERS = {
  KK1: 4,
  KK2: 5,
  KK3: 2,
  SW1: 3,
  SW2: null,
  SW3: 4,
  OPM: '  Beter plannen.  ',
};
