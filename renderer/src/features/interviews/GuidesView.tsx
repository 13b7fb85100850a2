import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { localized } from '@shared/questionnaire/instrument';
import type { DimensionOption, GuideEntry } from '@shared/interviews/guides';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { GuideEditor } from './GuideEditor';
import { PrintGuideButtons } from '../fieldwork/PrintGuideButtons';

/**
 * Interview guides: the shipped ones (read and copy) and the consultant's own copies (edit).
 * Guides belong to the workspace, not to one engagement.
 */
export function GuidesView() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const guides = useCall('interviews.guides.list', {});
  const [open, setOpen] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<GuideEntry | null>(null);
  const [error, setError] = useState<IpcError>();
  const all = [...(guides.data?.workspace ?? []), ...(guides.data?.shipped ?? [])];
  const current = all.find((entry) => entry.ref === open);

  async function copy(entry: GuideEntry) {
    try {
      const copied = await invoke('interviews.guides.copy', { ref: entry.ref });
      guides.reload();
      setOpen(copied.ref);
      setError(undefined);
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  async function remove(entry: GuideEntry) {
    try {
      await invoke('interviews.guides.delete', { id: Number(entry.ref.split(':')[1]) });
      setDeleting(null);
      setOpen(null);
      guides.reload();
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  if (current) {
    return (
      <div className="stack">
        <button
          type="button"
          className="button button--quiet back-button"
          onClick={() => {
            setOpen(null);
            guides.reload();
          }}
        >
          ← {t('interviews.guides.back')}
        </button>
        {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
        {current.editable ? (
          <GuideEditor
            key={current.ref}
            entry={current}
            dimensions={guides.data?.dimensions ?? []}
            onDelete={() => setDeleting(current)}
          />
        ) : (
          <GuideReader
            entry={current}
            dimensions={guides.data?.dimensions ?? []}
            onCopy={() => void copy(current)}
          />
        )}
        <ConfirmDialog
          open={deleting !== null}
          title={t('interviews.guides.deleteTitle', {
            name: deleting ? localized(deleting.guide.name, language) : '',
          })}
          confirmLabel={t('app.delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => deleting && void remove(deleting)}
        >
          <p>{t('interviews.guides.deleteText')}</p>
        </ConfirmDialog>
      </div>
    );
  }

  const list = (entries: GuideEntry[], title: string, empty?: string) => (
    <section className="card" aria-label={title}>
      <h3>{title}</h3>
      {entries.length === 0 && empty && <p className="muted">{empty}</p>}
      <ul className="guide-list">
        {entries.map((entry) => (
          <li key={entry.ref} className="guide-list__item" data-testid="guide-item">
            <div>
              <button type="button" className="link-button" onClick={() => setOpen(entry.ref)}>
                {localized(entry.guide.name, language)}
              </button>
              <p className="muted">
                {t(`interviews.kinds.${entry.guide.kind}`)} ·{' '}
                {t('interviews.guides.questionCount', { count: entry.guide.questions.length })}
                {entry.guide.durationMinutes !== null &&
                  ` · ${t('interviews.guides.duration', { minutes: entry.guide.durationMinutes })}`}
              </p>
            </div>
            <PrintGuideButtons guideRef={entry.ref} />
            {!entry.editable && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void copy(entry)}
              >
                {t('interviews.guides.copy')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <div className="stack">
      <p className="muted">{t('interviews.guides.intro')}</p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {guides.error && <ErrorBanner error={guides.error} />}
      {list(guides.data?.workspace ?? [], t('interviews.guides.own'), t('interviews.guides.noOwn'))}
      {list(guides.data?.shipped ?? [], t('interviews.guides.shipped'))}
    </div>
  );
}

function GuideReader({
  entry,
  dimensions,
  onCopy,
}: {
  entry: GuideEntry;
  dimensions: DimensionOption[];
  onCopy: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { guide } = entry;
  const dimensionName = (code: string) => {
    const found = dimensions.find((dimension) => dimension.code === code);
    return found ? localized(found.name, language) : code;
  };
  return (
    <article className="card guide-reader">
      <div className="section-bar">
        <h2>{localized(guide.name, language)}</h2>
        <button type="button" className="button button--primary" onClick={onCopy}>
          {t('interviews.guides.copy')}
        </button>
      </div>
      {guide.description && <p>{localized(guide.description, language)}</p>}
      {guide.introduction && (
        <p className="guide-reader__aside">
          <strong>{t('interviews.guides.introduction')}:</strong>{' '}
          {localized(guide.introduction, language)}
        </p>
      )}
      <ol className="guide-reader__questions">
        {guide.questions.map((question) => (
          <li key={question.id}>
            <p>
              {localized(question.text, language)}{' '}
              {question.dimension && (
                <span className="badge">{dimensionName(question.dimension)}</span>
              )}
            </p>
            {question.followUps.length > 0 && (
              <ul className="muted">
                {question.followUps.map((followUp, index) => (
                  <li key={index}>{localized(followUp, language)}</li>
                ))}
              </ul>
            )}
            {question.hint && (
              <p className="muted guide-reader__hint">{localized(question.hint, language)}</p>
            )}
          </li>
        ))}
      </ol>
      {guide.closing && (
        <p className="guide-reader__aside">
          <strong>{t('interviews.guides.closing')}:</strong> {localized(guide.closing, language)}
        </p>
      )}
    </article>
  );
}
