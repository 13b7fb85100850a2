/** Interviews: guides, notes, quotes, themes and search (pure part). */
export * from './model';
export * from './note-doc';
export * from './attribution';
export * from './themes';
export * from './guides';
export * from './search-query';
export * from './export-rows';
export { dutchStem } from './dutch-stem';
