/**
 * Fieldwork figures: the engagement list with its progress columns on a large workspace, and a
 * live session taking answers from phones (page load + submission, committed before "ok"), on
 * 127.0.0.1.
 */
import { dirname, join } from 'node:path';
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { LiveSessions } from '@main/core/live/live-sessions';
import type { Workspace } from '@main/core/workspace';
import type { LiveStatus } from '@shared/ipc/live';
import { ScriptedPhone } from '../support/live-phone';
import { appBuildFile, timedMs, type BenchFigure } from './measure';
import { seedEngagements, syntheticInstrument } from './synthetic-engagement';

const RESPONDENTS = 10_000;
const PHONES = 300;

export async function benchFieldwork(workspace: Workspace): Promise<BenchFigure[]> {
  seedEngagements(workspace, 500);
  const [first] = workspace.engagements.list({ search: '', status: 'all', sort: 'client' });
  const engagement = workspace.engagements.get(first!.id);
  const instrument = syntheticInstrument(60);
  const instrumentId = workspace.instruments.importInstrument(instrument);
  const answers = Object.fromEntries(
    instrument.items.map((item, index) => [item.code, 1 + (index % 5)]),
  );
  workspace.respondents.insertMany(
    engagement.id,
    instrumentId,
    'grid',
    Array.from({ length: RESPONDENTS }, (_, index) => ({
      groupId: engagement.groups[index % engagement.groups.length]!.id,
      code: `R${index + 1}`,
      role: '',
      answers,
    })),
  );
  const live = new LiveSessions({
    workspace: () => workspace,
    // The app's built pages (out/renderer), beside out/main.
    staticDir: dirname(appBuildFile(join('..', 'renderer', 'index.html'))),
    allowLoopback: true,
    // One client address sends every phone's answers here: lift the per-address limits.
    limits: {
      requests: { burst: 10 * PHONES, perSecond: 1000 },
      submissions: { burst: PHONES, perSecond: 1000 },
    },
  });
  const dispatch = createDispatcher(createHandlers(), {
    workspace,
    host: 'browser',
    appVersion: 'bench',
    live,
  });
  const times: number[] = [];
  for (let run = 0; run < 20; run++) {
    const { ms } = await timedMs(() => dispatch('engagements.list', { search: 'klant 4' }));
    times.push(ms);
  }
  const list = times.sort((a, b) => a - b)[times.length / 2]!;

  const status = (await live.start({
    engagementId: engagement.id,
    instrumentId,
    groupIds: engagement.groups.map((group) => group.id),
    address: '127.0.0.1',
    maxParticipants: PHONES,
  })) as LiveStatus;
  if (!status.active) throw new Error('live session did not start');
  const url = status.session.url;
  const { ms: submissions } = await timedMs(async () => {
    for (let index = 0; index < PHONES; index++) {
      const phone = new ScriptedPhone(url);
      await phone.open();
      const response = await phone.submit({
        groupId: engagement.groups[index % engagement.groups.length]!.id,
        answers,
      });
      if (response.status !== 200) throw new Error(`submission refused: ${response.body}`);
    }
  });
  await live.end();
  return [
    {
      label: `engagement list with progress columns, 500 engagements, one of ${RESPONDENTS / 1000}k`,
      value: list,
      unit: 'ms',
    },
    {
      label: `live session: page + answers per phone (${PHONES} phones, 60 items)`,
      value: submissions / PHONES,
      unit: 'ms',
    },
  ];
}
