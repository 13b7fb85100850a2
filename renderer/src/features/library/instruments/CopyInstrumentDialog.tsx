import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentSummary } from '@shared/questionnaire/instrument-summary';
import type { IpcError } from '@shared/ipc/errors';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';

/** Same rule as main: ids name instruments on the command line and in file names. */
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

interface CopyInstrumentDialogProps {
  source: InstrumentSummary;
  existingKeys: string[];
  onClose: () => void;
  onCopied: (copy: InstrumentSummary) => void;
}

function freeKey(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let number = 2; ; number += 1) {
    if (!taken.has(`${base}-${number}`)) return `${base}-${number}`;
  }
}

/** Asks for the new id and names of a copy, then makes it (a new instrument at version 1). */
export function CopyInstrumentDialog({
  source,
  existingKeys,
  onClose,
  onCopied,
}: CopyInstrumentDialogProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const taken = new Set(existingKeys.map((key) => key.toLowerCase()));
  // The names are written in each language, whatever language the UI speaks.
  const [key, setKey] = useState(() =>
    freeKey(`${source.key}-${i18n.getFixedT('nl')('library.copy.keySuffix')}`, taken),
  );
  const [nameNl, setNameNl] = useState(() =>
    i18n.getFixedT('nl')('library.copy.defaultName', { name: source.name.nl }),
  );
  const [nameEn, setNameEn] = useState(() =>
    i18n.getFixedT('en')('library.copy.defaultName', { name: source.name.en }),
  );
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<IpcError>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const keyError = !KEY_PATTERN.test(key.trim())
    ? t('validation.instrument.invalidKey')
    : taken.has(key.trim().toLowerCase())
      ? t('library.copy.keyTaken')
      : undefined;
  const nlError = nameNl.trim() === '' ? t('validation.required') : undefined;
  const enError = nameEn.trim() === '' ? t('validation.required') : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (keyError || nlError || enError) return;
    setBusy(true);
    try {
      const copy = await invoke('instruments.copy', {
        id: source.id,
        key: key.trim(),
        name: { nl: nameNl.trim(), en: nameEn.trim() },
      });
      onCopied(copy);
    } catch (reason) {
      setError(asIpcError(reason));
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>
          {t('library.copy.title', {
            name: i18n.language === 'nl' ? source.name.nl : source.name.en,
          })}
        </h2>
        <p className="muted">{t('library.copy.intro')}</p>
        {error && <ErrorBanner error={error} />}
        <div className="dialog__body form-stack">
          <Field
            label={t('library.copy.key')}
            hint={t('library.copy.keyHint')}
            error={submitted ? keyError : undefined}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                value={key}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => setKey(event.target.value)}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <Field label={t('library.copy.nameNl')} error={submitted ? nlError : undefined}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                lang="nl"
                value={nameNl}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => setNameNl(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('library.copy.nameEn')} error={submitted ? enError : undefined}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                lang="en"
                value={nameEn}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => setNameEn(event.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('library.copy.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
