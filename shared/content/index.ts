/**
 * Shipped content (resources/) and the schemas to read it. Loading from disk is the main
 * process's job; the paths below are relative to the resources folder.
 */
export * from './problems';
export * from './text';
export * from './tips';
export * from './norms';
export * from './guides';

export const SHIPPED_TIPS_FILE = 'tips/tips.json';
export const SHIPPED_NORM_FILES = ['norms/illustrative.json'] as const;
export const SHIPPED_GUIDE_FILES = [
  'guides/reflectiegesprek-klant.json',
  'guides/intern-interview.json',
  'guides/klantinterview.json',
  'guides/interne-klantsessie.json',
] as const;
