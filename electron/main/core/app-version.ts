// package.json sits at the repository root, outside every aliased area.
// eslint-disable-next-line no-restricted-imports
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
