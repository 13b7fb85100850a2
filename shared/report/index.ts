/** The Word report (pure part): sections, settings, anonymity rules, drafts and document model. */
export * from './sections';
export * from './settings';
export * from './data';
export * from './anonymity';
export * from './format';
export * from './words';
export * from './drafts';
export * from './narrative';
export * from './chart-spec';
export * from './document';
