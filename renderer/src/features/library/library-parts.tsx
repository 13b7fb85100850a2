/**
 * What the library's list and editor screens share: running an action with its busy state,
 * notice and error; the feedback under the header; and the delete button with its confirmation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { asIpcError } from '@renderer/ipc/use-call';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { CallErrorBanner } from './ProblemList';

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
}: {
  notice: string | undefined;
  error: IpcError | undefined;
  onDismiss: () => void;
  tone?: 'info' | 'success';
}) {
  return (
    <>
      {notice && (
        <p className={`banner banner--${tone}`} role="status">
          {notice}
        </p>
      )}
      {error && <CallErrorBanner error={error} onDismiss={onDismiss} />}
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
