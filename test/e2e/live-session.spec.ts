/**
 * Live sessions end to end, on 127.0.0.1 only (the browser host runs with --live-loopback and
 * the session is started on 127.0.0.1; no test binds another interface).
 */
import { devices, test as base, expect, type Browser, type Page } from '@playwright/test';
import type { LiveStatus } from '@shared/ipc/live';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { ScriptedPhone } from '@test/support/live-phone';
import { CapturePages, PAPER_FORM } from './pages/questionnaire-capture';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring
  host: async ({}, use) => {
    const host = await startBrowserHost(newDataDir(), ['--live-loopback']);
    await use(host);
    await host.stop();
  },
});

const ANSWERS = { KK1: 4, KK2: 4, KK3: 5, SW1: 2, SW2: 3, SW3: 2 };

async function activeSession(capture: CapturePages) {
  const status = (await capture.api('live.status', {})).value as LiveStatus;
  if (!status.active) throw new Error('no live session');
  return status.session;
}

/** A phone in the room: a mobile viewport of its own, with its own cookies. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'nl-NL' });
  return context.newPage();
}

/** Answers the three pages of the paper-form questionnaire on a phone and submits. */
async function answerOnPhone(page: Page, choice: string) {
  await expect(page.getByRole('heading', { name: 'Deel 1 van 3' })).toBeVisible();
  for (const question of [/waarom klanten/, /om hun mening/, /giswerk/]) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
  }
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Deel 2 van 3' })).toBeVisible();
  for (const question of [/eens over de klant/, /serieus genomen/, /klachten samen/]) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
  }
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Deel 3 van 3' })).toBeVisible();
  await page.getByLabel(/als eerste verbeteren/).fill('Eerder overleggen');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt!' })).toBeVisible();
}

test('three phones answer, the projector counts them live and reveals the groups with a small one held back', async ({
  page,
  host,
  request,
  browser,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId, instrumentId } = await capture.engagementWithInstrument(PAPER_FORM);
  await capture.api('engagements.update', { id: engagementId, anonymityThreshold: 3 });
  await capture.open(engagementId, 'live');

  await expect(
    page.getByRole('heading', { name: 'Live-sessie op het netwerk van de zaal' }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Klanten' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Productie' })).toBeChecked();
  // Loopback is offered in test mode only; the test never listens anywhere else.
  await page.getByLabel('Netwerk', { exact: true }).selectOption('127.0.0.1');
  await page.getByRole('button', { name: 'Sessie starten' }).click();

  const projector = page.getByTestId('projector');
  await expect(projector).toBeVisible();
  await expect(projector.getByRole('img', { name: /QR-code met het adres/ })).toBeVisible();
  const session = await activeSession(capture);
  expect(session.address).toBe('127.0.0.1');
  await expect(projector.getByTestId('projector-url')).toHaveText(
    session.url.replace('http://', ''),
  );
  const counts = projector.getByTestId('projector-count');
  await expect(counts).toHaveText(['Productie0', 'Verkoop / Commercie0', 'Management0']);

  // Phone 1 scanned the Productie table's own QR code: no group question.
  const productie = session.groups.find((group) => group.name === 'Productie')!;
  const first = await phone(browser);
  await first.goto(productie.url);
  await expect(first.getByRole('heading', { name: 'Welkom' })).toBeVisible();
  await expect(first.getByText('Papieren formulier')).toBeVisible();
  await expect(first.getByText('Metaalwerken Zuid')).toHaveCount(0);
  await first.getByRole('button', { name: 'Beginnen' }).click();
  // Mobile first: every answer label readable, each answer a large touch target, progress shown.
  await expect(first.getByRole('progressbar')).toBeVisible();
  const question = first.getByRole('group', { name: /waarom klanten/ });
  for (const label of ['Helemaal mee oneens', 'Neutraal', 'Helemaal mee eens', 'Weet niet']) {
    await expect(question.getByText(label, { exact: true })).toBeVisible();
  }
  const option = await question.locator('.kiosk-option').first().boundingBox();
  expect(option!.height).toBeGreaterThanOrEqual(44);
  expect(option!.width).toBeGreaterThan(first.viewportSize()!.width * 0.7);
  await answerOnPhone(first, '4 Mee eens');
  await expect(counts).toHaveText(['Productie1', 'Verkoop / Commercie0', 'Management0']);

  // Phones 2 and 3 scanned the general code and pick their group.
  for (const [group, choice] of [
    ['Verkoop / Commercie', '2 Mee oneens'],
    ['Management', '5 Helemaal mee eens'],
  ] as const) {
    const other = await phone(browser);
    await other.goto(session.url);
    await other.getByRole('button', { name: 'Beginnen' }).click();
    await expect(other.getByRole('radio', { name: 'Klanten' })).toHaveCount(0);
    await other.getByRole('radio', { name: group }).check();
    await other.getByRole('button', { name: 'Volgende' }).click();
    await answerOnPhone(other, choice);
  }
  await expect(counts).toHaveText(['Productie1', 'Verkoop / Commercie1', 'Management1']);

  // More of the room answers (scripted phones), so two groups reach the threshold of 3.
  const verkoop = session.groups.find((group) => group.name === 'Verkoop / Commercie')!;
  for (const groupId of [productie.groupId, productie.groupId, verkoop.groupId, verkoop.groupId]) {
    const scripted = new ScriptedPhone(session.url);
    await scripted.open();
    expect((await scripted.submit({ groupId, answers: ANSWERS })).status).toBe(200);
  }
  await expect(counts).toHaveText(['Productie3', 'Verkoop / Commercie3', 'Management1']);
  await expect(projector.getByText('7 antwoorden')).toBeVisible();

  // Reveal: Productie and Verkoop side by side per dimension; Management held back.
  await projector.getByRole('button', { name: 'Resultaat tonen' }).click();
  const reveal = projector.getByTestId('projector-reveal');
  await expect(reveal.getByRole('heading', { name: 'Dimensies naast elkaar' })).toBeVisible();
  await expect(reveal.getByText('Klantkennis').first()).toBeVisible();
  await expect(reveal.getByTestId('projector-held-back')).toHaveText(
    'Management: nog te weinig antwoorden',
  );
  await reveal.getByRole('button', { name: 'Toon als tabel' }).first().click();
  const table = reveal.getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: 'Productie' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Verkoop / Commercie' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Management' })).toHaveCount(0);

  // The reveal is a snapshot: two more Management answers change it only when shown again.
  const management = session.groups.find((group) => group.name === 'Management')!;
  for (let index = 0; index < 2; index++) {
    const scripted = new ScriptedPhone(session.url);
    await scripted.open();
    const answered = await scripted.submit({ groupId: management.groupId, answers: ANSWERS });
    expect(answered.status).toBe(200);
  }
  await expect.poll(async () => (await activeSession(capture)).submissions).toBe(9);
  await expect(reveal.getByTestId('projector-held-back')).toHaveCount(1);
  await projector.getByRole('button', { name: 'Terug naar de QR-code' }).click();
  await expect(counts).toHaveText(['Productie3', 'Verkoop / Commercie3', 'Management3']);
  await projector.getByRole('button', { name: 'Resultaat tonen' }).click();
  await expect(reveal.getByTestId('projector-held-back')).toHaveCount(0);
  await reveal.getByRole('button', { name: 'Toon als tabel' }).first().click();
  await expect(
    reveal.getByRole('table').first().getByRole('columnheader', { name: 'Management' }),
  ).toBeVisible();

  // One submission per device: the first phone, reloaded, is told so.
  await first.reload();
  await expect(first.getByRole('heading', { name: 'Al ingevuld' })).toBeVisible();

  // Ending the session closes the server: the phones reach nothing any more.
  await projector.getByRole('button', { name: 'Sessie beëindigen' }).click();
  await expect(projector).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sessie starten' })).toBeVisible();
  await expect(new ScriptedPhone(session.url).open()).rejects.toThrow(/ECONNREFUSED/);

  // The answers stay, as one live-session batch.
  await page.getByRole('link', { name: 'Batches' }).click();
  await expect(page.getByTestId('batch-row')).toHaveCount(1);
  await expect(page.getByTestId('batch-row')).toContainText('Live-sessie');
  await expect(page.getByTestId('batch-row')).toContainText('9');
  const respondents = (await capture.api('respondents.list', { engagementId, instrumentId }))
    .value as { code: string; source: string }[];
  expect(respondents.map((respondent) => respondent.source)).toEqual(Array(9).fill('live'));
});

test('the phone page speaks the engagement’s language, whatever the phone’s own', async ({
  page,
  host,
  request,
  browser,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId, instrumentId } = await capture.engagementWithInstrument(PAPER_FORM);
  await capture.api('engagements.update', { id: engagementId, language: 'en' });
  const groupIds = await activeGroups(capture, engagementId);
  await capture.api('live.start', {
    engagementId,
    instrumentId,
    groupIds,
    address: '127.0.0.1',
    maxParticipants: 10,
  });
  const session = await activeSession(capture);
  // A Dutch phone (the context's locale is nl-NL) at an English engagement.
  const english = await phone(browser);
  await english.goto(session.groups[0]!.url);
  await expect(english.locator('html')).toHaveAttribute('lang', 'en');
  await expect(english.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await english.getByRole('button', { name: 'Start' }).click();
  await expect(english.getByRole('heading', { name: 'Part 1 of 3' })).toBeVisible();
  const question = english.getByRole('group', { name: /why customers choose us/ });
  for (const label of ['Strongly disagree', 'Neutral', 'Strongly agree', "Don't know"]) {
    await expect(question.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(english.getByText('Helemaal mee oneens')).toHaveCount(0);
  await capture.api('live.end', {});
});

test('the projector fills the screen and gives it back when closed', async ({
  page,
  host,
  request,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId } = await capture.engagementWithInstrument(PAPER_FORM);
  await capture.open(engagementId, 'live');
  await page.getByLabel('Netwerk', { exact: true }).selectOption('127.0.0.1');
  await page.getByRole('button', { name: 'Sessie starten' }).click();
  const projector = page.getByTestId('projector');
  await expect(projector).toBeVisible();
  const fullscreenElement = () =>
    page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null);
  expect(await fullscreenElement()).toBeNull();

  // The Fullscreen API on the projector itself: the rest of the app stays out of sight.
  await projector.getByRole('button', { name: 'Volledig scherm', exact: true }).click();
  await expect.poll(fullscreenElement).toBe('projector');
  await expect(projector.getByRole('button', { name: 'Volledig scherm verlaten' })).toBeVisible();
  const display = await page.evaluate(() => ({ width: screen.width, height: screen.height }));
  const box = await projector.boundingBox();
  expect(box).toMatchObject(display);

  // Leaving full screen by the browser's own means (as Escape or F11 do) keeps the projector.
  await page.evaluate(() => document.exitFullscreen());
  await expect(
    projector.getByRole('button', { name: 'Volledig scherm', exact: true }),
  ).toBeVisible();
  await expect(projector).toBeVisible();

  await projector.getByRole('button', { name: 'Volledig scherm', exact: true }).click();
  await expect.poll(fullscreenElement).toBe('projector');
  await projector.getByRole('button', { name: 'Projectorweergave sluiten' }).click();
  await expect(projector).toBeHidden();
  expect(await fullscreenElement()).toBeNull();
  // The session still runs; the projector comes back, in a window, until asked again.
  await page.getByRole('button', { name: 'Projectorweergave', exact: true }).click();
  await expect(
    projector.getByRole('button', { name: 'Volledig scherm', exact: true }),
  ).toBeVisible();
  await projector.getByRole('button', { name: 'Volledig scherm', exact: true }).click();
  await expect.poll(fullscreenElement).toBe('projector');
  await projector.getByRole('button', { name: 'Sessie beëindigen' }).click();
  await expect(projector).toBeHidden();
  await expect.poll(fullscreenElement).toBeNull();
});

test('refuses requests without or with a wrong token, to app endpoints, over the limits and after the end', async ({
  page,
  host,
  request,
}) => {
  const capture = new CapturePages(page, host, request);
  const { engagementId, instrumentId } = await capture.engagementWithInstrument(PAPER_FORM);
  const started = await capture.api('live.start', {
    engagementId,
    instrumentId,
    groupIds: [(await activeGroups(capture, engagementId))[0]!],
    address: '127.0.0.1',
    maxParticipants: 2,
  });
  expect(started.ok).toBe(true);
  const session = await activeSession(capture);
  const groupId = session.groups[0]!.groupId;
  const phone = new ScriptedPhone(session.url);
  expect((await phone.open()).status).toBe(200);

  // No token, a wrong token, the app's own pages and calls: none of them exist here.
  for (const path of [
    '/',
    '/form',
    '/answers',
    '/wrongtoken/',
    `/${phone.token.slice(0, -1)}x/form`,
    '/index.html',
    '/api/invoke/engagements.list',
    `/${phone.token}/api/invoke/engagements.list`,
    `/${phone.token}/index.html`,
  ]) {
    expect((await phone.request(path)).status, path).toBe(404);
  }
  const posted = await phone.request('/api/invoke/engagements.list', {
    method: 'POST',
    body: '{}',
    headers: { 'content-type': 'application/json', 'x-klantspiegel-token': host.token },
  });
  expect(posted.status).toBe(404);

  // Over the size limit.
  const huge = await phone.submit({ groupId, answers: { OPM: 'x'.repeat(200_000) } });
  expect(huge.status).toBe(413);
  // Over the participant limit (2).
  for (let index = 0; index < 2; index++) {
    const device = new ScriptedPhone(session.url);
    await device.open();
    expect((await device.submit({ groupId, answers: ANSWERS })).status).toBe(200);
  }
  const third = new ScriptedPhone(session.url);
  await third.open();
  const full = await third.submit({ groupId, answers: ANSWERS });
  expect(full.status).toBe(403);
  expect(JSON.parse(full.body)).toEqual({ ok: false, refusal: 'full' });
  // Over the request rate: a burst from one address is cut off.
  const statuses: number[] = [];
  for (let index = 0; index < 70; index++)
    statuses.push((await phone.request(`/${phone.token}/form`)).status);
  expect(statuses).toContain(429);
  expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);

  // After the end: nothing listens.
  await capture.api('live.end', {});
  await expect(phone.request(`/${phone.token}/form`)).rejects.toThrow(/ECONNREFUSED/);
  const stored = (await capture.api('respondents.list', { engagementId, instrumentId }))
    .value as unknown[];
  expect(stored).toHaveLength(2);
});

test('a killed app keeps every acknowledged submission', async ({ browser }) => {
  const dataDir = newDataDir();
  const host = await startBrowserHost(dataDir, ['--live-loopback']);
  const context = await browser.newContext();
  const capture = new CapturePages(await context.newPage(), host, context.request);
  const { engagementId, instrumentId } = await capture.engagementWithInstrument(PAPER_FORM);
  const groupIds = await activeGroups(capture, engagementId);
  await capture.api('live.start', {
    engagementId,
    instrumentId,
    groupIds,
    address: '127.0.0.1',
    maxParticipants: 50,
  });
  const session = await activeSession(capture);

  // Eight phones submit at once; each answer is told apart by its open text.
  const acknowledged = await Promise.all(
    Array.from({ length: 8 }, async (_unused, index) => {
      const device = new ScriptedPhone(session.url);
      await device.open();
      const response = await device.submit({
        groupId: groupIds[index % groupIds.length]!,
        answers: { ...ANSWERS, OPM: `Telefoon ${index + 1}` },
      });
      return response.status === 200 ? `Telefoon ${index + 1}` : null;
    }),
  );
  expect(acknowledged.every((text) => text !== null)).toBe(true);
  // Killed at once, with no chance to close the database.
  await host.stop('SIGKILL');
  await context.close();

  const reopened = await startBrowserHost(dataDir, ['--live-loopback']);
  try {
    const again = await browser.newContext();
    const check = new CapturePages(await again.newPage(), reopened, again.request);
    const respondents = (await check.api('respondents.list', { engagementId, instrumentId }))
      .value as { answers: { OPM?: string }; source: string }[];
    expect(respondents.map((respondent) => respondent.answers.OPM).sort()).toEqual(
      [...acknowledged].sort(),
    );
    // The session did not survive the crash; its answers did, as one batch.
    expect((await check.api('live.status', {})).value).toEqual({ active: false });
    const batches = (await check.api('batches.list', { engagementId })).value as {
      source: string;
      respondents: number;
    }[];
    expect(batches).toEqual([expect.objectContaining({ source: 'live', respondents: 8 })]);
    await again.close();
  } finally {
    await reopened.stop();
  }
});

async function activeGroups(capture: CapturePages, engagementId: number): Promise<number[]> {
  const engagement = (await capture.api('engagements.get', { id: engagementId })).value as {
    groups: { id: number; kind: string }[];
  };
  return engagement.groups.filter((group) => group.kind !== 'customer').map((group) => group.id);
}
