import { test, expect } from './support/fixtures';

test('the browser host refuses API calls without the token or from a foreign origin', async ({
  host,
  request,
}) => {
  const call = (headers: Record<string, string>) =>
    request.post(`${host.origin}/api/invoke/engagements.list`, { headers, data: {} });

  const withoutToken = await call({});
  expect(withoutToken.status()).toBe(401);

  const wrongToken = await call({ 'x-klantspiegel-token': 'guessed' });
  expect(wrongToken.status()).toBe(401);

  const foreignOrigin = await call({
    'x-klantspiegel-token': host.token,
    Origin: 'http://evil.example',
  });
  expect(foreignOrigin.status()).toBe(403);

  const foreignHost = await call({ 'x-klantspiegel-token': host.token, Host: 'evil.example' });
  expect(foreignHost.status()).toBe(403);

  const allowed = await call({ 'x-klantspiegel-token': host.token, Origin: host.origin });
  expect(allowed.status()).toBe(200);
  expect(await allowed.json()).toEqual({ ok: true, value: [] });

  const outsideStaticFolder = await request.get(`${host.origin}/..%2f..%2fpackage.json`);
  expect(outsideStaticFolder.status()).toBe(404);
});
