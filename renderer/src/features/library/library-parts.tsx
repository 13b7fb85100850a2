/**
 * What the library's list and editor screens share: the panel with its heading and actions;
 * running an action with its busy state, notice and error; the feedback under the header; the
 * delete button with its confirmation; and, for the editors that save on request (instruments,
 * tips), the unsaved-changes warning and the problems shown once a save was tried.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { asIpcError } from '@renderer/ipc/use-call';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { CallErrorBanner, ProblemList } from './ProblemList';
import { problemMessage, type Problem } from './problem-message';

/** A library screen: its heading and what it holds, its actions on the right, then the content. */
export function LibraryPanel({
  name,
  title,
  intro,
  actions,
  children,
}: {
  /** Names the heading's id (`library-<name>-heading`), which labels the section. */
  name: string;
  title: ReactNode;
  intro: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `library-${name}-heading`;
  return (
    <section className="card library-panel" aria-labelledby={headingId}>
      <div className="library-panel__header">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="muted">{intro}</p>
        </div>
        {actions && <div className="library-panel__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** Runs one action at a time: busy while it runs, its notice or its error afterwards. */
export function useLibraryAction(afterwards?: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError>();
  const [notice, setNotice] = useState<string>();
  async function run(action: () => Promise<string | undefined>): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      setNotice(await action());
      afterwards?.();
      return true;
    } catch (reason) {
      setError(asIpcError(reason));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, notice, setNotice, run };
}

/** The notice of the last action (in a live region) and its error, if any. */
export function ActionFeedback({
  notice,
  error,
  onDismiss,
  tone = 'info',
  showPaths,
}: {
  notice: string | undefined;
  error: IpcError | undefined;
  onDismiss: () => void;
  tone?: 'info' | 'success';
  /** Whether a problem shows its JSON path (not for CSV files: they name row and column). */
  showPaths?: boolean | undefined;
}) {
  return (
    <>
      {notice && (
        <p className={`banner banner--${tone}`} role="status">
          {notice}
        </p>
      )}
      {error && <CallErrorBanner error={error} onDismiss={onDismiss} showPaths={showPaths} />}
    </>
  );
}

/** A delete button for a row of a library list. */
export function DeleteButton({ disabled, onClick }: { disabled: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--small button--danger"
      disabled={disabled}
      onClick={onClick}
    >
      {t('app.delete')}
    </button>
  );
}

/** "Delete …?" for the item being deleted (none: closed). */
export function ConfirmDelete<T>({
  item,
  title,
  text,
  onCancel,
  onConfirm,
}: {
  item: T | undefined;
  title: (item: T) => string;
  text: string;
  onCancel: () => void;
  onConfirm: (item: T) => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={item !== undefined}
      title={item === undefined ? '' : title(item)}
      confirmLabel={t('app.delete')}
      danger
      onCancel={onCancel}
      onConfirm={() => item !== undefined && onConfirm(item)}
    >
      <p>{text}</p>
    </ConfirmDialog>
  );
}

/** The browser asks before the window closes while an editor holds unsaved changes. */
export function useUnsavedWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

/** "Unsaved changes" while the editor differs from what is stored (read out when it appears). */
export function UnsavedIndicator({ dirty, live = true }: { dirty: boolean; live?: boolean }) {
  const { t } = useTranslation();
  const text = dirty ? t('library.unsavedChanges') : '';
  return live ? (
    <span className="save-indicator" role="status" aria-live="polite">
      {text}
    </span>
  ) : (
    <span className="save-indicator">{text}</span>
  );
}

/**
 * The problems of an editor's content (the same check main runs), shown from the first save
 * attempt on, so the consultant is not told off while still typing; each field finds its own.
 */
export function useEditorProblems(problems: Problem[]) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const visible = useMemo(() => (shown ? problems : []), [shown, problems]);
  return {
    visible,
    /** Shows the problems; true when there are none, so saving can go ahead. */
    showForSave: () => {
      setShown(true);
      return problems.length === 0;
    },
    hide: () => setShown(false),
    errorAt: (path: string) => {
      const found = visible.find((problem) => problem.path === path);
      return found ? problemMessage(t, found) : undefined;
    },
    errorsAt: (path: string) =>
      visible
        .filter((problem) => problem.path === path)
        .map((problem) => problemMessage(t, problem)),
  };
}

/** An editor's feedback: the last save's notice or error, then the problems that stop saving. */
export function EditorFeedback({
  action,
  problems,
  problemsTitle,
}: {
  action: Pick<ReturnType<typeof useLibraryAction>, 'notice' | 'error' | 'setError'>;
  problems: Problem[];
  problemsTitle: (count: number) => string;
}) {
  return (
    <>
      <ActionFeedback
        tone="success"
        notice={action.notice}
        error={action.error}
        onDismiss={() => action.setError(undefined)}
      />
      {problems.length > 0 && (
        <ProblemList title={problemsTitle(problems.length)} problems={problems} />
      )}
    </>
  );
}
