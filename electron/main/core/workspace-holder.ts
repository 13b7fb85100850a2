import type { HandlerContext } from './handlers/context';
import type { Workspace } from './workspace';

/**
 * The open workspace, replaceable while the app runs: restoring a backup closes the database,
 * swaps the file and opens it again. Everything long-lived (the dispatcher's context, the Electron
 * shell's menu) reads the workspace through a holder instead of keeping the first one.
 */
export class WorkspaceHolder {
  private readonly listeners = new Set<(next: Workspace) => void>();

  constructor(private workspace: Workspace) {}

  get current(): Workspace {
    return this.workspace;
  }

  /** Makes `next` the workspace every later call works on; the caller closed the old one. */
  replace(next: Workspace): void {
    this.workspace = next;
    for (const listener of this.listeners) listener(next);
  }

  onReplace(listener: (next: Workspace) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
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
