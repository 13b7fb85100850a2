import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_TIMING, KIOSK_SETTINGS_KEY, KioskSession } from '@main/core/kiosk/session';
import { Workspace } from '@main/core/workspace';
import type { KioskForm, KioskStatus } from '@shared/ipc/kiosk';
import { testDispatcher } from '@test/support/dispatcher';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';

const PIN = '4821';

/** A dispatcher like the app's, with a kiosk clock the test controls and no real waiting. */
function setUp(workspace: Workspace = tempWorkspace()) {
  const clock = { now: Date.parse('2026-11-12T09:00:00Z') };
  const sleeps: number[] = [];
  const kiosk = new KioskSession(workspace, {
    ...DEFAULT_KIOSK_TIMING,
    now: () => clock.now,
    sleep: async (ms) => void sleeps.push(ms),
  });
  const windowKiosk: boolean[] = [];
  const { dispatch, call } = testDispatcher(workspace, {
    host: 'electron',
    kiosk,
    onKioskChanged: (active) => windowKiosk.push(active),
  });
  return { workspace, dispatch, call, clock, sleeps, windowKiosk, kiosk };
}

type Context = ReturnType<typeof setUp>;

async function workshop(context: Context) {
  const engagement = await context.call('engagements.create', {
    clientName: 'Metaalwerken Zuid',
    language: 'nl',
    notes: 'Vertrouwelijk: reorganisatie in maart.',
    groups: [
      { name: 'Productie', kind: 'department' },
      { name: 'Verkoop / Commercie', kind: 'department' },
      { name: 'Management', kind: 'management' },
      { name: 'Klanten', kind: 'customer' },
    ],
  });
  const instrument = await context.call('instruments.importFile', {
    fileName: 'mini-scan.instrument.json',
    bytes: readFileSync('test/fixtures/samples/mini-scan.instrument.json'),
  });
  const group = (name: string) => engagement.groups.find((g) => g.name === name)!.id;
  return { engagement, instrumentId: instrument.id, group };
}

const ALL_AGREE = Object.fromEntries(
  ['KK1', 'KK2', 'KK3', 'KK4', 'SW1', 'SW2', 'SW3', 'SW4', 'RF1', 'RF2', 'RF3', 'RF4'].map(
    (code) => [code, 4],
  ),
);

async function startedKiosk(context: Context = setUp()) {
  const setup = await workshop(context);
  const status = await context.call('kiosk.start', {
    engagementId: setup.engagement.id,
    instrumentId: setup.instrumentId,
    pin: PIN,
  });
  return { ...context, ...setup, status };
}

function formOf(status: KioskStatus): KioskForm {
  if (!status.active) throw new Error('kiosk not active');
  return status.form;
}

describe('starting kiosk mode', () => {
  it('shows participants the questions in the engagement language and the staff groups only', async () => {
    const { status, windowKiosk } = await startedKiosk();
    const form = formOf(status);
    expect(form.language).toBe('nl');
    expect(form.title).toBe('Mini-scan klantgerichtheid');
    expect(form.pages.map((page) => page.questions.map((q) => q.code))).toEqual([
      ['KK1', 'KK2', 'KK3', 'KK4'],
      ['SW1', 'SW2', 'SW3', 'SW4'],
      ['RF1', 'RF2', 'RF3', 'RF4'],
    ]);
    expect(form.pages[0]!.questions[0]!.text).toBe('We weten waarom klanten voor ons kiezen.');
    expect(form.scale).toMatchObject({ min: 1, max: 5 });
    expect(form.groups.map((g) => g.name)).toEqual([
      'Productie',
      'Verkoop / Commercie',
      'Management',
    ]);
    expect(windowKiosk).toEqual([true]);
  });

  it('reveals nothing else of the engagement to the kiosk screen', async () => {
    const { call } = await startedKiosk();
    const shown = JSON.stringify(await call('kiosk.status', {}));
    expect(shown).not.toContain('Metaalwerken');
    expect(shown).not.toContain('Vertrouwelijk');
    expect(shown).not.toContain('Klanten');
  });

  it('keeps only a salted hash of the PIN', async () => {
    const { workspace } = await startedKiosk();
    const stored = JSON.stringify(workspace.settings.get(KIOSK_SETTINGS_KEY, null));
    expect(stored).toContain('scrypt');
    expect(stored).not.toContain(PIN);
  });

  it('needs a PIN of 4 to 8 digits and cannot be started twice', async () => {
    const context = setUp();
    const { engagement, instrumentId } = await workshop(context);
    for (const pin of ['123', '123456789', '12a4']) {
      const refused = await context.dispatch('kiosk.start', {
        engagementId: engagement.id,
        instrumentId,
        pin,
      });
      expect(refused).toMatchObject({
        ok: false,
        error: { key: 'errors.validation', issues: [{ path: 'pin', message: 'kiosk.pinFormat' }] },
      });
    }
    await context.call('kiosk.start', { engagementId: engagement.id, instrumentId, pin: PIN });
    const again = await context.dispatch('kiosk.start', {
      engagementId: engagement.id,
      instrumentId,
      pin: '99999999',
    });
    // Refused before it reaches the session: a running kiosk allows only its own calls.
    expect(again).toMatchObject({ ok: false, error: { key: 'errors.forbidden' } });
    expect(context.kiosk.active).toBe(true);
  });
});

describe('while the kiosk runs', () => {
  it('allows only the kiosk calls and the UI settings; app info (the data path) is refused', async () => {
    const { dispatch, engagement, instrumentId } = await startedKiosk();
    for (const [name, arg] of [
      ['engagements.list', {}],
      ['engagements.get', { id: engagement.id }],
      ['respondents.list', { engagementId: engagement.id, instrumentId }],
      ['exports.responses', { engagementId: engagement.id, instrumentId, format: 'csv' }],
      ['settings.setUiLanguage', { language: 'en' }],
      ['app.info', {}],
      ['backups.list', {}],
    ] as const) {
      expect(await dispatch(name, arg), name).toEqual({
        ok: false,
        error: { key: 'errors.forbidden', params: { reason: 'kiosk' } },
      });
    }
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true });
    expect(await dispatch('kiosk.status', {})).toMatchObject({ ok: true, value: { active: true } });
  });

  it('stores each participant as a new kiosk respondent K001, K002, …', async () => {
    const context = await startedKiosk();
    const { call, group } = context;
    await call('kiosk.submit', { groupId: group('Productie'), answers: ALL_AGREE });
    await call('kiosk.submit', {
      groupId: group('Management'),
      answers: { KK1: 2, KK2: null, SW1: 5 },
    });
    await call('kiosk.exit', { pin: PIN });
    const respondents = await call('respondents.list', {
      engagementId: context.engagement.id,
      instrumentId: context.instrumentId,
    });
    expect(respondents.map((r) => [r.code, r.source, r.groupId])).toEqual([
      ['K001', 'kiosk', group('Productie')],
      ['K002', 'kiosk', group('Management')],
    ]);
    expect(respondents[1]!.answers).toEqual({ KK1: 2, SW1: 5 });
  });

  it('refuses answers off the scale, unknown questions, empty forms and groups not offered', async () => {
    const { dispatch, group } = await startedKiosk();
    const submit = (groupId: number, answers: Record<string, unknown>) =>
      dispatch('kiosk.submit', { groupId, answers });
    expect(await submit(group('Productie'), { KK1: 6 })).toMatchObject({
      ok: false,
      error: { key: 'errors.validation', issues: [{ path: 'KK1', message: 'answer.outOfRange' }] },
    });
    expect(await submit(group('Productie'), { XX9: 3 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'XX9', message: 'answer.unknownItem' }] },
    });
    expect(await submit(group('Productie'), { KK1: null })).toMatchObject({
      ok: false,
      error: { key: 'kiosk.noAnswers' },
    });
    expect(await submit(group('Klanten'), ALL_AGREE)).toMatchObject({
      ok: false,
      error: { key: 'errors.notFound', params: { what: 'group' } },
    });
  });
});

describe('leaving kiosk mode', () => {
  it('a wrong PIN is refused after a delay; the right one ends the kiosk', async () => {
    const { dispatch, sleeps, windowKiosk } = await startedKiosk();
    expect(await dispatch('kiosk.exit', { pin: '0000' })).toEqual({
      ok: false,
      error: { key: 'kiosk.wrongPin', params: { attemptsLeft: 4 } },
    });
    expect(sleeps).toEqual([DEFAULT_KIOSK_TIMING.wrongPinDelayMs]);
    expect(await dispatch('engagements.list', {})).toMatchObject({ ok: false });

    expect(await dispatch('kiosk.exit', { pin: PIN })).toEqual({
      ok: true,
      value: { active: false },
    });
    expect(windowKiosk).toEqual([true, false]);
    expect(await dispatch('engagements.list', {})).toMatchObject({ ok: true });
    expect(await dispatch('kiosk.submit', { groupId: 1, answers: ALL_AGREE })).toMatchObject({
      ok: false,
      error: { key: 'kiosk.notActive' },
    });
  });

  it('five wrong PINs lock the exit for a minute, even for the right PIN', async () => {
    const { dispatch, clock } = await startedKiosk();
    const exit = (pin: string) => dispatch('kiosk.exit', { pin });
    for (const attemptsLeft of [4, 3, 2, 1]) {
      expect(await exit('1111')).toMatchObject({ error: { params: { attemptsLeft } } });
    }
    expect(await exit('1111')).toEqual({
      ok: false,
      error: { key: 'kiosk.lockedOut', params: { seconds: 60 } },
    });
    clock.now += 30_000;
    expect(await exit(PIN)).toEqual({
      ok: false,
      error: { key: 'kiosk.lockedOut', params: { seconds: 30 } },
    });
    clock.now += 30_000;
    expect(await exit(PIN)).toMatchObject({ ok: true, value: { active: false } });
  });

  it('parallel guesses are checked one after another, so they cannot skip the lock', async () => {
    const { dispatch } = await startedKiosk();
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        dispatch('kiosk.exit', { pin: String(1000 + index) }),
      ),
    );
    const keys = guesses.map((guess) => (guess.ok ? 'ok' : guess.error.key));
    expect(keys).toEqual([
      ...Array<string>(4).fill('kiosk.wrongPin'),
      ...Array<string>(4).fill('kiosk.lockedOut'),
    ]);
  });
});

describe('kiosk mode survives a restart', () => {
  it('a new workspace on the same folder is still in kiosk mode, with the same PIN and lock count', async () => {
    const dir = tempDir();
    const first = Workspace.open(dir);
    const before = setUp(first);
    const { engagement, instrumentId, group } = await workshop(before);
    await before.call('kiosk.start', { engagementId: engagement.id, instrumentId, pin: PIN });
    await before.call('kiosk.submit', {
      groupId: group('Verkoop / Commercie'),
      answers: ALL_AGREE,
    });
    expect(await before.dispatch('kiosk.exit', { pin: '2222' })).toMatchObject({
      error: { params: { attemptsLeft: 4 } },
    });
    first.close();

    const second = Workspace.open(dir);
    try {
      // The app's own lookup, as after a restart: no session handed in by the test.
      const { dispatch } = testDispatcher(second, { host: 'electron' });
      expect(await dispatch('engagements.list', {})).toMatchObject({
        ok: false,
        error: { key: 'errors.forbidden' },
      });
      expect(await dispatch('kiosk.status', {})).toMatchObject({
        ok: true,
        value: { active: true, form: { title: 'Mini-scan klantgerichtheid' } },
      });
      const after = setUp(second);
      expect(await after.dispatch('kiosk.exit', { pin: '3333' })).toMatchObject({
        error: { params: { attemptsLeft: 3 } },
      });
      expect(await after.dispatch('kiosk.exit', { pin: PIN })).toMatchObject({ ok: true });
      const respondents = await after.call('respondents.list', {
        engagementId: engagement.id,
        instrumentId,
      });
      expect(respondents.map((r) => r.code)).toEqual(['K001']);
    } finally {
      second.close();
    }
  });
});
