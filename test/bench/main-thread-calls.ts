/**
 * What the main process is busy with while the consultant opens each tab of a 5,000-respondent
 * engagement: every read call the UI makes there, and the report's autosave (`report.save`),
 * through the real dispatcher and encoded for the wire as the browser host sends it. The figure
 * is the longest stretch the main thread could not answer anything else (a 1 ms ticker measures
 * it), which is the call's wall time for a synchronous handler and less for one that waits on a
 * worker thread. Each call is made once cold (the first time in a fresh process) and then warm.
 */
import type { Workspace } from '@main/core/workspace';
import { decodeWire, encodeWire } from '@shared/ipc/wire';
import type { CallArg, CallName } from '@shared/ipc';
import type { ReportView } from '@shared/ipc/report';
import type { ReportSettings } from '@shared/report/settings';
import { appDispatcherWithReads } from './app-dispatcher';
import type { BenchFigure } from './measure';
import { onLargeEngagement } from './report-engagement';

const RESPONDENTS = 5_000;
const GOAL_MS = 50;

/** The main thread's CPU time so far (this thread only, not the workers), in ms. */
function mainThreadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/**
 * The longest time the event loop was blocked while `work` ran, its wall time, and the CPU time
 * the main thread spent meanwhile. On a loaded machine a block also counts time the thread waited
 * for a core; its CPU time does not, and bounds what the call itself cost the main thread.
 */
export async function blockedMs(
  work: () => Promise<unknown>,
): Promise<{ blocked: number; wall: number; mainCpu: number }> {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const ticker = setInterval(tick, 1);
  const cpu = mainThreadCpuMs();
  const start = performance.now();
  last = start;
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  const end = performance.now();
  longest = Math.max(longest, end - last);
  return { blocked: longest, wall: end - start, mainCpu: mainThreadCpuMs() - cpu };
}

type Call = {
  [N in CallName]: { tab: string; name: N; arg: CallArg<N>; about?: string };
}[CallName];

export function benchMainThreadCalls(dir?: string): Promise<BenchFigure[]> {
  return onLargeEngagement('mainThreadCalls', RESPONDENTS, dir, measureCalls);
}

async function measureCalls(workspace: Workspace, engagementId: number): Promise<BenchFigure[]> {
  // The read worker without its warm-up: every first call is as cold as it can be.
  const { dispatch, reads } = appDispatcherWithReads(workspace, { warmUpDelayMs: -1 });
  await reads.warmedUp();
  const instruments = workspace.instruments.forEngagement(engagementId);
  const interviewId = workspace.interviews.list(engagementId)[0]?.id ?? 0;
  const perInstrument = instruments.flatMap(
    ({ id: instrumentId, engagementRespondents }): Call[] => {
      const about = `${engagementRespondents} respondents`;
      return [
        { tab: 'questionnaire', name: 'instruments.get', arg: { id: instrumentId }, about },
        {
          tab: 'questionnaire',
          name: 'respondents.list',
          arg: { engagementId, instrumentId },
          about,
        },
        {
          tab: 'questionnaire',
          name: 'batches.list',
          arg: { engagementId, instrumentId },
          about,
        },
        {
          tab: 'questionnaire',
          name: 'questionnaire.results',
          arg: { engagementId, instrumentId },
          about,
        },
      ];
    },
  );
  const calls: Call[] = [
    { tab: 'hub', name: 'engagements.get', arg: { id: engagementId } },
    { tab: 'overview', name: 'engagements.progress', arg: { engagementId } },
    { tab: 'questionnaire', name: 'questionnaire.instruments', arg: { engagementId } },
    { tab: 'questionnaire', name: 'instruments.list', arg: {} },
    { tab: 'questionnaire', name: 'norms.list', arg: {} },
    ...perInstrument,
    { tab: 'questionnaire', name: 'openAnswers.list', arg: { engagementId } },
    { tab: 'interviews', name: 'interviews.list', arg: { engagementId } },
    { tab: 'interviews', name: 'interviews.guides.list', arg: {} },
    { tab: 'interviews', name: 'interviews.themes.list', arg: { engagementId } },
    {
      tab: 'interviews',
      name: 'interviews.quotes.list',
      arg: { engagementId, includeCodings: true },
    },
    { tab: 'interviews', name: 'interviews.memos.list', arg: { engagementId } },
    { tab: 'interviews', name: 'interviews.coOccurrence', arg: { engagementId } },
    { tab: 'interviews', name: 'interviews.get', arg: { id: interviewId } },
    { tab: 'interviews', name: 'interviews.search', arg: { query: 'levertijden', engagementId } },
    { tab: 'gaps', name: 'gaps.analyse', arg: { engagementId } },
    { tab: 'report', name: 'report.get', arg: { engagementId } },
    { tab: 'report', name: 'report.houseStyle.get', arg: {} },
  ];
  let typed = 0;
  let sections: ReportSettings['sections'] = [];
  // The autosave of the summary's text as the consultant types it: a new text on every call.
  const autosave = (): Call => ({
    tab: 'report',
    name: 'report.save',
    arg: {
      engagementId,
      settings: {
        sections: sections.map((section) =>
          section.id === 'summary'
            ? {
                ...section,
                narrative: {
                  type: 'doc',
                  content: [
                    {
                      type: 'paragraph',
                      content: [{ type: 'text', text: `Samenvatting, versie ${++typed}.` }],
                    },
                  ],
                },
              }
            : section,
        ),
      },
    },
  });
  const run = async (call: Call) => {
    let wire = '';
    const timing = await blockedMs(async () => {
      const response = await dispatch(call.name, call.arg);
      if (!response.ok) throw new Error(`${call.name}: ${JSON.stringify(response.error)}`);
      // What the browser host sends: a value from the read worker is already wire text.
      wire = encodeWire(response);
    });
    // The renderer decodes it, not the main process.
    if (call.name === 'report.get') {
      sections = (decodeWire(wire) as { value: ReportView }).value.settings.sections;
    }
    return timing;
  };
  const figures: BenchFigure[] = [];
  let warmMax = { ms: 0, name: '' };
  let coldMax = { ms: 0, name: '' };
  for (const next of [...calls, autosave]) {
    // The autosave is made when its turn comes: it edits the settings report.get returned.
    const call = typeof next === 'function' ? next() : next;
    const cold = await run(call);
    const warmRuns = [];
    for (let repeat = 0; repeat < 3; repeat++) {
      warmRuns.push(await run(call.name === 'report.save' ? autosave() : call));
    }
    warmRuns.sort((a, b) => a.blocked - b.blocked);
    const warm = warmRuns[1]!;
    if (warm.blocked > warmMax.ms) warmMax = { ms: warm.blocked, name: call.name };
    if (cold.blocked > coldMax.ms) coldMax = { ms: cold.blocked, name: call.name };
    figures.push({
      label: `  ${call.tab}: ${call.name}${call.about ? `, ${call.about}` : ''} (warm)`,
      value: warm.blocked,
      unit: 'ms',
      note:
        `cold ${Math.round(cold.blocked)} ms; main-thread CPU warm ${warm.mainCpu.toFixed(1)} ms, cold ${cold.mainCpu.toFixed(1)} ms` +
        (warm.wall > warm.blocked + 5 || cold.wall > cold.blocked + 5
          ? `; the wait (call → wire text): warm ${Math.round(warm.wall)} ms, cold ${Math.round(cold.wall)} ms, the work off the main thread`
          : ''),
    });
  }
  await reads.stop();
  return [
    {
      label: `main thread blocked, longest call, ${RESPONDENTS.toLocaleString('en')} respondents (warm)`,
      value: warmMax.ms,
      unit: 'ms',
      goal: GOAL_MS,
      note: warmMax.name,
    },
    {
      label: `main thread blocked, longest call (cold: first call in the process)`,
      value: coldMax.ms,
      unit: 'ms',
      goal: GOAL_MS,
      note: coldMax.name,
    },
    ...figures,
  ];
}
