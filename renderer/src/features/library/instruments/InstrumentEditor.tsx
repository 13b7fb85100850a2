import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument } from '@shared/questionnaire/instrument';
import { localized } from '@shared/questionnaire/instrument';
import type { InstrumentSummary } from '@shared/questionnaire/instrument-summary';
import { parseInstrumentFile, serializeInstrument } from '@shared/questionnaire/instrument-file';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { invoke } from '@renderer/ipc/client';
import { useCall } from '@renderer/ipc/use-call';
import { LocalizedInputs } from '../LocalizedInputs';
import {
  EditorFeedback,
  UnsavedIndicator,
  useEditorProblems,
  useLibraryAction,
  useUnsavedWarning,
} from '../library-parts';
import { problemFromContent } from '../problem-message';
import { DimensionsEditor } from './DimensionsEditor';
import { fromDraft, toDraft, type InstrumentDraft } from './editor-model';
import type { EditorContext } from './editor-context';
import { NeedsEditor } from './NeedsEditor';
import { OpenQuestionsEditor } from './OpenQuestionsEditor';
import { ScaleEditor } from './ScaleEditor';

/** Loads an instrument version and hands it to the editor (or explains why it cannot be edited). */
export function InstrumentEditor({ id }: { id: number }) {
  const { t } = useTranslation();
  const loaded = useCall('instruments.get', { id });
  const back = (
    <a className="back-link" href={routeHref({ screen: 'library', tab: 'instruments' })}>
      ← {t('library.editor.backToList')}
    </a>
  );
  if (loaded.error) {
    return (
      <div className="section-stack">
        {back}
        <ErrorBanner error={loaded.error} />
      </div>
    );
  }
  if (!loaded.data) return <p className="muted">{t('app.loading')}</p>;
  if (loaded.data.summary.builtin) {
    return (
      <div className="section-stack">
        {back}
        <p className="banner banner--info">{t('library.editor.builtinReadOnly')}</p>
      </div>
    );
  }
  return (
    <EditorForm summary={loaded.data.summary} instrument={loaded.data.instrument} back={back} />
  );
}

interface EditorFormProps {
  summary: InstrumentSummary;
  instrument: Instrument;
  back: ReactNode;
}

const snapshot = (draft: InstrumentDraft) => JSON.stringify(fromDraft(draft));

function EditorForm({ summary: initialSummary, instrument, back }: EditorFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [summary, setSummary] = useState(initialSummary);
  const [draft, setDraft] = useState(() => toDraft(instrument));
  const [saved, setSaved] = useState(() => snapshot(toDraft(instrument)));
  const [focusUid, setFocusUid] = useState<string>();
  const action = useLibraryAction();

  const dirty = snapshot(draft) !== saved;
  // The same check main runs, on every change: problems show up where they are, as they are fixed.
  const check = useMemo(() => {
    const definition = serializeInstrument(fromDraft(draft));
    const parsed = parseInstrumentFile(definition);
    return { definition, problems: parsed.ok ? [] : parsed.problems.map(problemFromContent) };
  }, [draft]);
  const problems = useEditorProblems(check.problems);
  useUnsavedWarning(dirty);

  const context: EditorContext = {
    draft,
    change: (next, newUid) => {
      setDraft(next);
      action.setNotice(undefined);
      setFocusUid(newUid);
    },
    errorAt: problems.errorAt,
    errorsAt: problems.errorsAt,
    focusUid,
  };

  function save() {
    action.setError(undefined);
    action.setNotice(undefined);
    if (!problems.showForSave()) return;
    void action.run(async () => {
      const result = await invoke('instruments.save', {
        id: summary.id,
        definition: check.definition,
      });
      setSummary(result.summary);
      setDraft((current) => ({ ...current, version: result.summary.version }));
      setSaved(snapshot({ ...draft, version: result.summary.version }));
      problems.hide();
      if (!result.newVersion) return t('library.editor.saved', { version: result.summary.version });
      // Keep editing the new version; the address follows without reloading the editor.
      window.history.replaceState(
        null,
        '',
        routeHref({ screen: 'library', tab: 'instruments', instrumentId: result.summary.id }),
      );
      return t('library.editor.savedNewVersion', {
        version: result.summary.version,
        previous: summary.version,
      });
    });
  }

  const title = localized(draft.name, language) || summary.key;
  return (
    <div className="section-stack instrument-editor">
      {back}
      <header className="instrument-editor__header">
        <div>
          <h2>
            {t('library.editor.title', { name: title })}{' '}
            <span className="muted">v{summary.version}</span>
          </h2>
          <p className="muted">
            {t('library.editor.idLine', { key: summary.key })} · {t('library.editor.languagesHint')}
          </p>
        </div>
        <div className="instrument-editor__actions">
          <UnsavedIndicator dirty={dirty} />
          <button
            type="button"
            className="button button--primary"
            disabled={action.busy}
            onClick={save}
          >
            {t('library.editor.save')}
          </button>
        </div>
      </header>

      {summary.respondentCount > 0 && (
        <div className="banner banner--warning" role="note" data-testid="locked-notice">
          <p>
            {t('library.editor.lockedNotice', {
              count: summary.respondentCount,
              version: summary.version,
            })}
          </p>
        </div>
      )}
      <EditorFeedback
        action={action}
        problems={problems.visible}
        problemsTitle={(count) => t('library.editor.problemsTitle', { count })}
      />

      <section className="card" aria-labelledby="editor-general-heading">
        <h3 id="editor-general-heading">{t('library.editor.general')}</h3>
        <div className="form-stack">
          <LocalizedInputs
            label={t('library.editor.name')}
            value={draft.name}
            error={context.errorAt('name')}
            onChange={(name) => context.change({ ...draft, name })}
          />
          <LocalizedInputs
            label={t('library.editor.description')}
            value={draft.description ?? { nl: '', en: '' }}
            multiline
            rows={4}
            onChange={(description) =>
              context.change({
                ...draft,
                description:
                  description.nl.trim() === '' && description.en.trim() === '' ? null : description,
              })
            }
          />
          <Field label={t('library.editor.audience')} hint={t('library.editor.audienceHint')}>
            {({ id, describedBy }) => (
              <select
                id={id}
                aria-describedby={describedBy}
                value={draft.audience}
                onChange={(event) =>
                  context.change({
                    ...draft,
                    audience: event.target.value as InstrumentDraft['audience'],
                  })
                }
              >
                <option value="staff">{t('library.instruments.audiences.staff')}</option>
                <option value="customer">{t('library.instruments.audiences.customer')}</option>
              </select>
            )}
          </Field>
        </div>
      </section>

      <ScaleEditor
        title={t('library.editor.scale')}
        path="scale"
        scale={draft.scale}
        context={context}
        onChange={(scale) => context.change({ ...draft, scale })}
      />
      <DimensionsEditor context={context} />
      <NeedsEditor context={context} />
      <OpenQuestionsEditor context={context} />

      <div className="instrument-editor__footer">
        <UnsavedIndicator dirty={dirty} live={false} />
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={save}
        >
          {t('library.editor.save')}
        </button>
      </div>
    </div>
  );
}
