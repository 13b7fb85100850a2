import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkApiRequest } from '@main/browser-host/request-guard';
import { CONTENT_SECURITY_POLICY } from '@main/security/csp';
import { isTrustedSender } from '@main/security/harden';

describe('content security policy', () => {
  it('index.html carries exactly the policy main uses', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no remote origins and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
  });
});

describe('browser host request guard', () => {
  const config = { port: 4321, token: 'secret-token' };
  const ok = { host: '127.0.0.1:4321', 'x-klantspiegel-token': 'secret-token' };

  it('lets a loopback request with the token through', () => {
    expect(checkApiRequest(ok, config)).toEqual({ allowed: true });
    expect(checkApiRequest({ ...ok, origin: 'http://localhost:4321' }, config).allowed).toBe(true);
  });

  it.each([
    ['no token', { host: ok.host }, 401],
    ['a wrong token', { ...ok, 'x-klantspiegel-token': 'secret-tokeN' }, 401],
    ['a foreign Host (DNS rebinding)', { ...ok, host: 'attacker.example:4321' }, 403],
    ['another port', { ...ok, host: '127.0.0.1:80' }, 403],
    ['a foreign Origin', { ...ok, origin: 'http://attacker.example' }, 403],
    ['a null Origin', { ...ok, origin: 'null' }, 403],
  ])('refuses %s', (_name, headers, status) => {
    expect(checkApiRequest(headers, config)).toMatchObject({ allowed: false, status });
  });
});

describe('IPC sender check', () => {
  const index = 'file:///opt/Klantspiegel/resources/app.asar/out/renderer/index.html';
  it('trusts only the app’s own page', () => {
    expect(isTrustedSender(index, index)).toBe(true);
    expect(isTrustedSender(`${index}#/engagements/1`, index)).toBe(true);
    expect(isTrustedSender('https://example.com/', index)).toBe(false);
    expect(isTrustedSender('file:///tmp/evil.html', index)).toBe(false);
    expect(isTrustedSender(undefined, index)).toBe(false);
  });
});
