/**
 * Which network addresses a live session may listen on. Only the private IPv4 ranges of RFC 1918
 * (a laptop hotspot, the client's Wi-Fi): never a public address, never all interfaces (0.0.0.0),
 * never IPv6 (a global IPv6 address is reachable from the internet on many networks). Loopback
 * (127.0.0.1) is offered only in an explicit test/development mode: phones cannot reach it.
 */

export type IPv4 = [number, number, number, number];

export function parseIPv4(text: string): IPv4 | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const numbers = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN));
  if (numbers.some((value) => !(value >= 0 && value <= 255))) return null;
  return numbers as IPv4;
}

/** 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. */
export function isPrivateIPv4(text: string): boolean {
  const address = parseIPv4(text);
  if (!address) return false;
  const [a, b] = address;
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export function isLoopbackIPv4(text: string): boolean {
  return parseIPv4(text)?.[0] === 127;
}

/** The one loopback address test mode offers. */
export const LOOPBACK_ADDRESS = '127.0.0.1';

/** May a live session listen here? Private IPv4 always; loopback only in test mode. */
export function isAllowedLiveAddress(text: string, allowLoopback: boolean): boolean {
  return isPrivateIPv4(text) || (allowLoopback && text === LOOPBACK_ADDRESS);
}
