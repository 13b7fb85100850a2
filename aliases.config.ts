import { resolve } from 'node:path';

/**
 * Import aliases for the build, the unit tests and the end-to-end tests; tsconfig.base.json holds
 * the same map for the type checker. Deep `../../../` imports are not used across areas.
 */
export const pathAliases = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@main': resolve(import.meta.dirname, 'electron/main'),
  '@renderer': resolve(import.meta.dirname, 'renderer/src'),
  '@resources': resolve(import.meta.dirname, 'resources'),
  '@test': resolve(import.meta.dirname, 'test'),
};
