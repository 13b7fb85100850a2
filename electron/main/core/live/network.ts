import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { LiveInterface } from '@shared/ipc/live';
import { isPrivateIPv4, LOOPBACK_ADDRESS } from '@shared/live/addresses';

export type InterfaceTable = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The addresses a live session may listen on: this computer's private IPv4 addresses (hotspot,
 * Wi-Fi, cable), and 127.0.0.1 only when `allowLoopback` (tests, development). Public and IPv6
 * addresses are never offered.
 */
export function liveInterfaces(
  allowLoopback: boolean,
  table: InterfaceTable = networkInterfaces(),
): LiveInterface[] {
  const found: LiveInterface[] = [];
  for (const [name, entries] of Object.entries(table)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal) continue;
      if (!isPrivateIPv4(entry.address)) continue;
      if (found.some((known) => known.address === entry.address)) continue;
      found.push({ name, address: entry.address, loopback: false });
    }
  }
  if (allowLoopback) found.push({ name: 'loopback', address: LOOPBACK_ADDRESS, loopback: true });
  return found;
}
