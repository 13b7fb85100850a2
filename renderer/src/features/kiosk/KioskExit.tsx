import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/questionnaire/instrument';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { announceKioskChange } from './kiosk-mode';

/** The consultant's discreet way out: the PIN ends kiosk mode and brings the app back. */
export function KioskExit({ language }: { language: Language }) {
  const { t } = useTranslation(undefined, { lng: language });
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const inputId = useId();

  function close() {
    setOpen(false);
    setPin('');
    setMessage(null);
  }

  async function exit() {
    if (pin === '' || checking) return;
    setChecking(true);
    setMessage(null);
    try {
      const status = await invoke('kiosk.exit', { pin });
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      announceKioskChange(status);
    } catch (reason) {
      const error = asIpcError(reason);
      setPin('');
      setMessage(
        error.key === 'kiosk.wrongPin'
          ? t('errors.kiosk.wrongPin', { count: Number(error.params?.attemptsLeft ?? 0) })
          : error.key === 'kiosk.lockedOut'
            ? t('errors.kiosk.lockedOut', { seconds: Number(error.params?.seconds ?? 0) })
            : t('errors.internal'),
      );
    } finally {
      setChecking(false);
    }
  }

  return (
    <>
      <button type="button" className="kiosk__exit" onClick={() => setOpen(true)}>
        {t('kiosk.exit.button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('kiosk.exit.title')}
        confirmLabel={checking ? t('kiosk.exit.checking') : t('kiosk.exit.confirm')}
        confirmDisabled={pin === '' || checking}
        onCancel={close}
        onConfirm={() => void exit()}
      >
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            void exit();
          }}
        >
          <label htmlFor={inputId}>{t('kiosk.exit.pin')}</label>
          <input
            id={inputId}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            aria-invalid={message !== null}
            aria-describedby={message ? `${inputId}-error` : undefined}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
          />
          {message && (
            <p className="field__error" id={`${inputId}-error`} role="alert">
              {message}
            </p>
          )}
        </form>
      </ConfirmDialog>
    </>
  );
}
