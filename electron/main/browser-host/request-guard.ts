import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-klantspiegel-token';

export interface GuardConfig {
  port: number;
  token: string;
}

export type GuardVerdict = { allowed: true } | { allowed: false; status: number; reason: string };

/** The only names this host answers to. Anything else may be DNS rebinding. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Decides whether a request may reach the API. Every API request needs the per-launch token, a
 * loopback Host header and, when the browser sends one, a loopback Origin of this very port.
 */
export function checkApiRequest(
  headers: Record<string, string | string[] | undefined>,
  config: GuardConfig,
): GuardVerdict {
  const hostVerdict = checkHostAndOrigin(headers, config.port);
  if (!hostVerdict.allowed) return hostVerdict;
  const token = headers[TOKEN_HEADER];
  if (typeof token !== 'string' || !tokensEqual(token, config.token)) {
    return { allowed: false, status: 401, reason: 'missing or wrong token' };
  }
  return { allowed: true };
}

export function checkHostAndOrigin(
  headers: Record<string, string | string[] | undefined>,
  port: number,
): GuardVerdict {
  const hosts = allowedHosts(port);
  if (typeof headers.host !== 'string' || !hosts.includes(headers.host.toLowerCase())) {
    return { allowed: false, status: 403, reason: 'foreign Host header' };
  }
  const origin = headers.origin;
  if (origin !== undefined) {
    const origins = hosts.map((host) => `http://${host}`);
    if (typeof origin !== 'string' || !origins.includes(origin.toLowerCase())) {
      return { allowed: false, status: 403, reason: 'foreign Origin header' };
    }
  }
  return { allowed: true };
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
