/**
 * The live session's participant server on 127.0.0.1 (test mode): only the form's endpoints,
 * under the session token; one submission per device; answers validated like every other input
 * and committed before "ok"; limits on size, rate and participants; gone after the session ends.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '@main/core/dispatch';
import { createHandlers } from '@main/core/handlers';
import { startLiveServer, LIVE_CONTENT_SECURITY_POLICY } from '@main/core/live/live-server';
import { loadParticipantPage } from '@main/core/live/participant-page';
import type { LiveSessions } from '@main/core/live/live-sessions';
import { AppError } from '@shared/ipc/errors';
import type { LiveSessionView, LiveStatus } from '@shared/ipc/live';
import { GROUP_QUERY_PARAMETER, type ParticipantFormResponse } from '@shared/live/protocol';
import { rawRequest } from '@test/support/http-request';
import { ScriptedPhone } from '@test/support/live-phone';
import { FULL_ANSWERS, participantPageDir, workshop } from './live-fixture';

const running: LiveSessions[] = [];
afterEach(async () => {
  for (const live of running.splice(0)) await live.end();
});

async function started(setup: ReturnType<typeof workshop>, maxParticipants = 50) {
  const { live, engagement, instrumentId, groupId } = setup;
  running.push(live);
  const status = await live.start({
    engagementId: engagement.id,
    instrumentId,
    groupIds: [groupId('Productie'), groupId('Verkoop'), groupId('Management')],
    address: '127.0.0.1',
    maxParticipants,
  });
  return session(status);
}

function session(status: LiveStatus): LiveSessionView {
  if (!status.active) throw new Error('no session');
  return status.session;
}

describe('live session: where it listens', () => {
  it('offers this computer’s private IPv4 addresses, and loopback only in test mode', () => {
    const setup = workshop();
    expect(setup.live.interfaces()).toEqual([
      { name: 'wlan0', address: '192.168.1.20', loopback: false },
      { name: 'loopback', address: '127.0.0.1', loopback: true },
    ]);
    const normal = workshop({ allowLoopback: false });
    expect(normal.live.interfaces().map((entry) => entry.address)).toEqual(['192.168.1.20']);
  });

  it('refuses all interfaces, public addresses and loopback outside test mode', async () => {
    const normal = workshop({ allowLoopback: false });
    const request = {
      engagementId: normal.engagement.id,
      instrumentId: normal.instrumentId,
      groupIds: [normal.groupId('Productie')],
      maxParticipants: 10,
    };
    for (const address of ['0.0.0.0', '8.8.8.8', '127.0.0.1', '192.168.1.99']) {
      await expect(normal.live.start({ ...request, address })).rejects.toMatchObject({
        key: 'live.addressNotAllowed',
      });
    }
    // The server itself checks again, whatever its caller did.
    const page = loadParticipantPage(participantPageDir());
    for (const address of ['0.0.0.0', '8.8.8.8', '::']) {
      await expect(
        startLiveServer({
          address,
          allowLoopback: true,
          token: 'abcdefghjk',
          page,
          limits: {} as never,
          form: () => {
            throw new Error('unused');
          },
          submit: () => undefined,
        }),
      ).rejects.toBeInstanceOf(AppError);
    }
    expect(normal.live.active).toBe(false);
  });
});

/** What a phone's camera reads from a QR code as the projector or the printed sheet shows it. */
function scanQr(svg: string): string | undefined {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: 400 },
    background: 'white',
  }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('live session: the QR codes', () => {
  it('the projector’s code opens the session; each group’s printed code opens it with that group', async () => {
    const setup = workshop();
    const current = await started(setup);
    expect(scanQr(current.qrSvg)).toBe(current.url);
    expect(current.groups.map((group) => group.name)).toEqual([
      'Productie',
      'Verkoop',
      'Management',
    ]);
    for (const group of current.groups) {
      const scanned = scanQr(group.qrSvg);
      expect(scanned, group.name).toBe(group.url);
      // The group's code is the session's address with the group chosen already.
      const url = new URL(scanned!);
      expect(`${url.origin}${url.pathname}`).toBe(current.url.replace(/\/$/, '') + '/');
      expect(url.searchParams.get(GROUP_QUERY_PARAMETER)).toBe(String(group.groupId));
      // And a phone that follows it gets the page.
      expect((await new ScriptedPhone(scanned!).open()).status, group.name).toBe(200);
    }
  });
});

describe('live session: what the server serves', () => {
  it('participant.html carries exactly the server’s policy: own scripts and styles only', () => {
    const html = readFileSync('renderer/participant.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(LIVE_CONTENT_SECURITY_POLICY);
    expect(LIVE_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*|data:|blob:/);
    expect(LIVE_CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(LIVE_CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
  });

  it('serves the page and exactly its own files under the token, with a strict policy', async () => {
    const current = await started(workshop());
    const token = new URL(current.url).pathname.slice(1);
    expect(token).toMatch(/^[a-z2-9]{10}$/);
    expect(current.url).toBe(`http://127.0.0.1:${current.port}/${token}`);
    const phone = new ScriptedPhone(current.url);

    const page = await phone.open();
    expect(page.status).toBe(200);
    expect(page.body).toContain('./assets/page-1.js');
    expect(page.headers['content-security-policy']).toBe(LIVE_CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['set-cookie']?.[0]).toMatch(
      new RegExp(`^ks_device=[^;]+; Path=/${token}/; Max-Age=\\d+; HttpOnly; SameSite=Strict$`),
    );

    expect((await phone.request(`/${token}`)).status).toBe(302);
    expect((await phone.request(`/${token}/assets/page-1.js`)).status).toBe(200);
    expect((await phone.request(`/${token}/assets/shared-1.js`)).status).toBe(200);
    expect((await phone.request(`/${token}/assets/page-1.css`)).status).toBe(200);
    // Files of the app next to it, and anything outside the token, do not exist here.
    for (const path of [
      `/${token}/assets/app-1.js`,
      `/${token}/index.html`,
      `/${token}/../index.html`,
      `/${token}/%2e%2e/index.html`,
      '/index.html',
      '/',
      '/api/invoke/engagements.list',
      `/${token}/api/invoke/engagements.list`,
      '/abcdefghjk/',
      `/${token.toUpperCase()}/`,
    ]) {
      expect((await phone.request(path)).status, path).toBe(404);
    }
    const form = JSON.parse((await phone.form()).body) as ParticipantFormResponse;
    expect(form.submitted).toBe(false);
    expect(form.form.groups.map((group) => group.name)).toEqual([
      'Productie',
      'Verkoop',
      'Management',
    ]);
    // Nothing of the engagement but the questions and the chosen groups' names.
    expect(JSON.stringify(form)).not.toMatch(/Metaalwerken|Vertrouwelijk|Klanten/);
  });

  it('answers only to its own address in the Host header (no DNS rebinding)', async () => {
    const current = await started(workshop());
    const token = new URL(current.url).pathname.slice(1);
    const response = await rawRequest({
      host: '127.0.0.1',
      port: current.port,
      path: `/${token}/`,
      headers: { host: `evil.example:${current.port}` },
    });
    expect(response.status).toBe(421);
  });

  it('refuses other methods', async () => {
    const current = await started(workshop());
    const phone = new ScriptedPhone(current.url);
    const token = new URL(current.url).pathname.slice(1);
    expect((await phone.request(`/${token}/form`, { method: 'POST' })).status).toBe(405);
    expect((await phone.request(`/${token}/answers`)).status).toBe(405);
    expect((await phone.request(`/${token}/`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('live session: submissions', () => {
  it('stores a validated submission as a live respondent in the session’s batch, committed before "ok"', async () => {
    const setup = workshop();
    const current = await started(setup);
    const phone = new ScriptedPhone(current.url);
    await phone.open();
    const response = await phone.submit({
      groupId: setup.groupId('Verkoop'),
      answers: FULL_ANSWERS,
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true });

    // Another connection sees it at once: the transaction was committed before the answer.
    const other = new Database(setup.workspace.databasePath, { readonly: true });
    const row = other
      .prepare('SELECT code, source, batch_id, answers_json FROM respondents')
      .get() as { code: string; source: string; batch_id: number; answers_json: string };
    other.close();
    expect(row.code).toBe('L001');
    expect(row.source).toBe('live');
    expect(JSON.parse(row.answers_json)).toEqual({
      KK1: 4,
      KK2: 5,
      KK3: 2,
      SW1: 3,
      SW3: 4,
      OPM: 'Beter plannen.',
    });
    const [batch] = setup.workspace.batches.list(setup.engagement.id);
    expect(batch).toMatchObject({ id: row.batch_id, source: 'live', respondents: 1 });

    const status = session(setup.live.status());
    expect(status.submissions).toBe(1);
    expect(status.groups.map((group) => [group.name, group.answers])).toEqual([
      ['Productie', 0],
      ['Verkoop', 1],
      ['Management', 0],
    ]);
  });

  it('takes one submission per device', async () => {
    const setup = workshop();
    const current = await started(setup);
    const phone = new ScriptedPhone(current.url);
    await phone.open();
    const answers = { groupId: setup.groupId('Productie'), answers: { KK1: 3 } };
    expect((await phone.submit(answers)).status).toBe(200);
    const again = await phone.submit(answers);
    expect(again.status).toBe(409);
    expect(JSON.parse(again.body)).toEqual({ ok: false, refusal: 'alreadySubmitted' });
    expect(JSON.parse((await phone.form()).body).submitted).toBe(true);
    // Without the page's cookie (or with a forged one) nothing is taken.
    const stranger = new ScriptedPhone(current.url);
    expect((await stranger.submit(answers)).status).toBe(403);
    const forged = await stranger.submit(answers, { cookie: 'ks_device=abc.def' });
    expect(JSON.parse(forged.body)).toEqual({ ok: false, refusal: 'noDevice' });
    expect(setup.workspace.respondents.list(setup.engagement.id, setup.instrumentId)).toHaveLength(
      1,
    );
  });

  it('validates like every other input and stores nothing that fails', async () => {
    const setup = workshop();
    const current = await started(setup);
    const phone = new ScriptedPhone(current.url);
    await phone.open();
    const group = setup.groupId('Productie');
    const refusals: [unknown, number, string][] = [
      [{ groupId: group, answers: { KK1: 9 } }, 422, 'invalid'],
      [{ groupId: group, answers: { KK1: 2.5 } }, 422, 'invalid'],
      [{ groupId: group, answers: { XX9: 3 } }, 422, 'invalid'],
      [{ groupId: group, answers: { OPM: 4 } }, 422, 'invalid'],
      [{ groupId: group, answers: {} }, 422, 'noAnswers'],
      [{ groupId: setup.groupId('Klanten'), answers: { KK1: 3 } }, 422, 'invalid'],
      [{ groupId: group, answers: { KK1: 3 }, extra: true }, 400, 'invalid'],
      ['{"groupId": 1, "answers": ', 400, 'invalid'],
    ];
    for (const [body, status, refusal] of refusals) {
      const response = await phone.submit(body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(JSON.parse(response.body)).toEqual({ ok: false, refusal });
    }
    const wrongType = await phone.submit(
      { groupId: group, answers: { KK1: 3 } },
      {
        'content-type': 'text/plain',
      },
    );
    expect(wrongType.status).toBe(415);
    const foreign = await phone.submit(
      { groupId: group, answers: { KK1: 3 } },
      {
        origin: 'http://evil.example',
      },
    );
    expect(foreign.status).toBe(403);
    expect(setup.workspace.respondents.list(setup.engagement.id, setup.instrumentId)).toEqual([]);
    expect(setup.workspace.batches.list(setup.engagement.id)).toEqual([]);
    // The device may still answer properly afterwards.
    expect((await phone.submit({ groupId: group, answers: { KK1: 3 } })).status).toBe(200);
  });
});

describe('live session: limits', () => {
  it('refuses a body over the limit, declared or streamed', async () => {
    const setup = workshop({ limits: { maxBodyBytes: 2048 } });
    const current = await started(setup);
    const phone = new ScriptedPhone(current.url);
    await phone.open();
    const big = JSON.stringify({
      groupId: setup.groupId('Productie'),
      answers: { OPM: 'x'.repeat(4000) },
    });
    const declared = await phone.submit(big);
    expect(declared.status).toBe(413);

    // Chunked, without a length: cut off while streaming.
    const token = new URL(current.url).pathname.slice(1);
    const cookie = (await new ScriptedPhone(current.url).open()).headers['set-cookie']![0]!.split(
      ';',
    )[0]!;
    const streamed = await new Promise<number | 'dropped'>((resolve) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: current.port,
          path: `/${token}/answers`,
          method: 'POST',
          headers: {
            host: `127.0.0.1:${current.port}`,
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
            cookie,
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', () => resolve('dropped'));
      for (let index = 0; index < 8; index++) request.write('x'.repeat(1024));
      request.end();
    });
    expect([413, 'dropped']).toContain(streamed);
    expect(setup.workspace.respondents.list(setup.engagement.id, setup.instrumentId)).toEqual([]);
  });

  it('refuses more participants than the consultant allowed', async () => {
    const setup = workshop();
    const current = await started(setup, 2);
    const answers = { groupId: setup.groupId('Management'), answers: { KK1: 4 } };
    for (let index = 0; index < 2; index++) {
      const phone = new ScriptedPhone(current.url);
      await phone.open();
      expect((await phone.submit(answers)).status).toBe(200);
    }
    const late = new ScriptedPhone(current.url);
    await late.open();
    expect(JSON.parse((await late.form()).body).full).toBe(true);
    const refused = await late.submit(answers);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toEqual({ ok: false, refusal: 'full' });
    expect(setup.workspace.respondents.list(setup.engagement.id, setup.instrumentId)).toHaveLength(
      2,
    );
  });

  it('limits the request rate per client address', async () => {
    const setup = workshop({ limits: { requests: { burst: 5, perSecond: 0.01 } } });
    const current = await started(setup);
    const phone = new ScriptedPhone(current.url);
    const statuses: number[] = [];
    for (let index = 0; index < 8; index++) statuses.push((await phone.form()).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('limits submissions per client address', async () => {
    const setup = workshop({ limits: { submissions: { burst: 2, perSecond: 0.01 } } });
    const current = await started(setup);
    const answers = { groupId: setup.groupId('Verkoop'), answers: { KK1: 2 } };
    const statuses: number[] = [];
    for (let index = 0; index < 3; index++) {
      const phone = new ScriptedPhone(current.url);
      await phone.open();
      statuses.push((await phone.submit(answers)).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe('live session: reveal and end', () => {
  it('reveals the groups side by side, holding back those below the anonymity threshold', async () => {
    const setup = workshop();
    const current = await started(setup);
    const send = async (group: string, value: number) => {
      const phone = new ScriptedPhone(current.url);
      await phone.open();
      const answers = { KK1: value, KK2: value, KK3: value, SW1: value, SW2: value, SW3: value };
      expect((await phone.submit({ groupId: setup.groupId(group), answers })).status).toBe(200);
    };
    for (const value of [4, 5, 4]) await send('Productie', value);
    for (const value of [2, 2, 3]) await send('Verkoop', value);
    await send('Management', 5);
    const { analysis } = setup.live.reveal();
    expect(analysis?.compared).toEqual([setup.groupId('Productie'), setup.groupId('Verkoop')]);
    const management = analysis?.groups.find((group) => group.name === 'Management');
    expect(management).toMatchObject({ shown: false, respondents: null, reason: 'belowThreshold' });
    // Groups outside the session are not part of the comparison at all.
    expect(analysis?.groups.find((group) => group.name === 'Klanten')?.selected).toBe(false);
  });

  it('closes the server when the session ends; the answers stay', async () => {
    const setup = workshop();
    const current = await started(setup);
    const phone = new ScriptedPhone(current.url);
    await phone.open();
    expect(
      (await phone.submit({ groupId: setup.groupId('Verkoop'), answers: { KK1: 1 } })).status,
    ).toBe(200);
    expect(await setup.live.end()).toEqual({ active: false });
    await expect(phone.form()).rejects.toThrow(/ECONNREFUSED/);
    expect(setup.live.status()).toEqual({ active: false });
    expect(() => setup.live.reveal()).toThrow(expect.objectContaining({ key: 'live.notRunning' }));
    expect(setup.workspace.respondents.list(setup.engagement.id, setup.instrumentId)).toHaveLength(
      1,
    );
  });

  it('keeps the running session’s batch until the session ends', async () => {
    const setup = workshop();
    const current = await started(setup);
    const phone = new ScriptedPhone(current.url);
    await phone.open();
    await phone.submit({ groupId: setup.groupId('Verkoop'), answers: { KK1: 2 } });
    const dispatch = createDispatcher(
      createHandlers(),
      { workspace: setup.workspace, host: 'browser', appVersion: 'test', live: setup.live },
      () => {},
    );
    const [batch] = setup.workspace.batches.list(setup.engagement.id);
    const remove = () =>
      dispatch('batches.remove', { engagementId: setup.engagement.id, batchId: batch!.id });
    expect(await remove()).toMatchObject({
      ok: false,
      error: { key: 'batches.sessionRunning' },
    });
    await setup.live.end();
    expect(await remove()).toMatchObject({ ok: true, value: { removedRespondents: 1 } });
  });

  it('runs one session at a time', async () => {
    const setup = workshop();
    await started(setup);
    await expect(
      setup.live.start({
        engagementId: setup.engagement.id,
        instrumentId: setup.instrumentId,
        groupIds: [setup.groupId('Productie')],
        address: '127.0.0.1',
        maxParticipants: 10,
      }),
    ).rejects.toMatchObject({ key: 'live.alreadyRunning' });
  });
});
