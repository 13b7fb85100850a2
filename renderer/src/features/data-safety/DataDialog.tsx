import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DataDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal form on <dialog>: focus stays inside, Escape cancels, Enter in a field confirms. Its
 * title id is unique, so several can live on one page (the hub has its own delete dialog).
 */
export function DataDialog(props: DataDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { open, onCancel, onConfirm, busy } = props;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy && !props.confirmDisabled) onConfirm();
  }

  return (
    <dialog
      ref={dialog}
      className="dialog data-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{props.title}</h2>
        <div className="dialog__body">{props.children}</div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('app.cancel')}
          </button>
          <button
            type="submit"
            className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
            disabled={busy || props.confirmDisabled}
          >
            {busy ? t('dataSafety.working') : props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
