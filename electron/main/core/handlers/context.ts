import type { Language } from '@shared/questionnaire/instrument';
import type { Workspace } from '../workspace';
import type { WorkspaceHolder } from '../workspace-holder';
import type { KioskSession } from '../kiosk/session';
import type { ImportRunner } from '../import/run-import-worker';
import type { LiveSessions } from '../live/live-sessions';
import type { OffMainReads } from '../read-worker/client';
import { parseInThisThread, type FileParser } from '@main/files/parse-jobs';

/** What every handler gets besides its validated argument. */
export interface HandlerContext {
  /** The open workspace; with `workspaces` given, a getter that follows restores. */
  workspace: Workspace;
  /** Lets a restore replace the workspace (see workspace-holder.ts); absent in most tests. */
  workspaces?: WorkspaceHolder;
  host: 'electron' | 'browser';
  appVersion: string;
  /** Lets the Electron shell rebuild its native menu in the new language. */
  onUiLanguageChanged?: (language: Language) => void;
  /** The workspace's kiosk session; tests pass one with a fake clock, else it is looked up. */
  kiosk?: KioskSession;
  /** Lets the Electron shell switch the window to kiosk (full screen, locked) and back. */
  onKioskChanged?: (active: boolean) => void;
  /** Commits imports in a worker thread; without it (unit tests) they run in this thread. */
  runImport?: ImportRunner;
  /** Live sessions on the room's network; only hosts that can serve phones pass them. */
  live?: LiveSessions;
  /**
   * Parses files from outside (survey exports, notes, archives, instrument/norm files, Word
   * templates). The app and the browser host pass one that uses worker threads with memory and
   * time limits; without it (unit tests, CLI) the same code runs in this thread.
   */
  parse?: FileParser;
  /**
   * Runs the heavy reads (gap analysis, report view, results, respondent list) in the read
   * worker. The app and the browser host pass one; without it (unit tests, CLI) they run in
   * this thread.
   */
  reads?: OffMainReads;
}

export function parserOf(context: Pick<HandlerContext, 'parse'>): FileParser {
  return context.parse ?? parseInThisThread;
}

/**
 * A handler context whose `workspace` always is the holder's current one. Handlers keep reading
 * `context.workspace` (or destructuring it per call) and see the restored workspace at once.
 */
export function contextWithHolder(
  holder: WorkspaceHolder,
  rest: Omit<HandlerContext, 'workspace' | 'workspaces'>,
): HandlerContext {
  const context = { ...rest, workspaces: holder } as Omit<HandlerContext, 'workspace'>;
  return Object.defineProperty(context, 'workspace', {
    get: () => holder.current,
    enumerable: true,
  }) as HandlerContext;
}
