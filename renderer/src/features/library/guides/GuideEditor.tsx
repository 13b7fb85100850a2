import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GUIDE_AUDIENCES,
  GUIDE_KINDS,
  guideSchema,
  type Guide,
  type GuideQuestion,
} from '@shared/content/guides';
import {
  localized,
  LANGUAGES,
  type Language,
  type LocalizedText,
} from '@shared/questionnaire/instrument';
import { newQuestionId, type DimensionOption, type GuideEntry } from '@shared/interviews/guides';
import { invoke } from '@renderer/ipc/client';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { SaveIndicator } from '@renderer/components/SaveIndicator';
import { newerWins, useAutosave } from '@renderer/autosave/use-autosave';

const EMPTY: LocalizedText = { nl: '', en: '' };

/** What is sent to main: empty optional texts become null, empty follow-ups are dropped. */
function toSavable(guide: Guide): unknown {
  const optional = (text: LocalizedText | null) =>
    text && (text.nl.trim() || text.en.trim()) ? text : null;
  return {
    ...guide,
    description: optional(guide.description),
    introduction: optional(guide.introduction),
    closing: optional(guide.closing),
    questions: guide.questions.map((question) => ({
      ...question,
      followUps: question.followUps.filter((text) => text.nl.trim() || text.en.trim()),
      hint: optional(question.hint),
    })),
  };
}

/** The consultant's own guide, saved as it is edited; texts can be written in both languages. */
export function GuideEditor({
  entry,
  dimensions,
  onDelete,
}: {
  entry: GuideEntry;
  dimensions: DimensionOption[];
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [textLanguage, setTextLanguage] = useState<Language>(uiLanguage);
  const [draft, setDraft] = useState<Guide>(entry.guide);
  const [problem, setProblem] = useState<string>();
  const id = Number(entry.ref.split(':')[1]);
  const autosave = useAutosave<Guide>({
    merge: newerWins,
    save: async (guide) => {
      const parsed = guideSchema.safeParse(toSavable(guide));
      if (!parsed.success) {
        setProblem(parsed.error.issues[0]?.path.join('.') ?? '');
        return 'invalid';
      }
      setProblem(undefined);
      await invoke('interviews.guides.save', { id, guide: parsed.data });
      return 'saved';
    },
  });
  const saveState = autosave.saveState;
  const error = autosave.saveError;

  function update(next: Guide) {
    setDraft(next);
    autosave.change(next);
  }
  const setText = (text: LocalizedText | null, value: string): LocalizedText => ({
    ...(text ?? EMPTY),
    [textLanguage]: value,
  });
  const updateQuestion = (index: number, patch: Partial<GuideQuestion>) =>
    update({
      ...draft,
      questions: draft.questions.map((question, position) =>
        position === index ? { ...question, ...patch } : question,
      ),
    });
  const moveQuestion = (index: number, offset: -1 | 1) => {
    const questions = [...draft.questions];
    const [moved] = questions.splice(index, 1);
    if (!moved) return;
    questions.splice(Math.max(0, Math.min(questions.length, index + offset)), 0, moved);
    update({ ...draft, questions });
  };
  const languageName = t(`languages.${textLanguage}`);

  return (
    <article className="card guide-editor" aria-labelledby="guide-editor-heading">
      <div className="section-bar">
        <h2 id="guide-editor-heading">
          {localized(draft.name, uiLanguage) || t('interviews.guides.untitled')}{' '}
          <SaveIndicator state={saveState} />
        </h2>
        <button type="button" className="button button--danger" onClick={onDelete}>
          {t('interviews.guides.delete')}
        </button>
      </div>
      {error && <ErrorBanner error={error} />}
      {problem !== undefined && (
        <p className="banner banner--error" role="alert">
          {t('interviews.guides.incomplete', { field: problem })}
        </p>
      )}
      <fieldset className="language-switch">
        <legend>{t('interviews.guides.textLanguage')}</legend>
        {LANGUAGES.map((language) => (
          <label key={language}>
            <input
              type="radio"
              checked={textLanguage === language}
              onChange={() => setTextLanguage(language)}
            />{' '}
            {t(`languages.${language}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <Field label={t('interviews.guides.name', { language: languageName })}>
          {({ id: inputId }) => (
            <input
              id={inputId}
              value={draft.name[textLanguage]}
              maxLength={200}
              onChange={(event) =>
                update({ ...draft, name: setText(draft.name, event.target.value) })
              }
              onBlur={() => void autosave.flush()}
            />
          )}
        </Field>
        <Field label={t('interviews.fields.kind')}>
          {({ id: inputId }) => (
            <select
              id={inputId}
              value={draft.kind}
              onChange={(event) => update({ ...draft, kind: event.target.value as Guide['kind'] })}
            >
              {GUIDE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`interviews.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('interviews.guides.audience')}>
          {({ id: inputId }) => (
            <select
              id={inputId}
              value={draft.audience}
              onChange={(event) =>
                update({ ...draft, audience: event.target.value as Guide['audience'] })
              }
            >
              {GUIDE_AUDIENCES.map((audience) => (
                <option key={audience} value={audience}>
                  {t(`interviews.guides.audiences.${audience}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-grid__wide">
          <Field label={t('interviews.guides.description', { language: languageName })}>
            {({ id: inputId }) => (
              <textarea
                id={inputId}
                rows={2}
                value={draft.description?.[textLanguage] ?? ''}
                onChange={(event) =>
                  update({ ...draft, description: setText(draft.description, event.target.value) })
                }
                onBlur={() => void autosave.flush()}
              />
            )}
          </Field>
        </div>
      </div>
      <h3>{t('interviews.guides.questions')}</h3>
      <ol className="guide-editor__questions">
        {draft.questions.map((question, index) => (
          <li key={question.id} className="guide-editor__question" data-testid="guide-question">
            <Field
              label={t('interviews.guides.questionText', {
                number: index + 1,
                language: languageName,
              })}
            >
              {({ id: inputId }) => (
                <textarea
                  id={inputId}
                  rows={2}
                  value={question.text[textLanguage]}
                  onChange={(event) =>
                    updateQuestion(index, { text: setText(question.text, event.target.value) })
                  }
                  onBlur={() => void autosave.flush()}
                />
              )}
            </Field>
            <div className="guide-editor__question-row">
              <Field label={t('interviews.guides.dimension')}>
                {({ id: inputId }) => (
                  <select
                    id={inputId}
                    value={question.dimension ?? ''}
                    onChange={(event) =>
                      updateQuestion(index, { dimension: event.target.value || null })
                    }
                  >
                    <option value="">{t('interviews.guides.noDimension')}</option>
                    {dimensions.map((dimension) => (
                      <option key={dimension.code} value={dimension.code}>
                        {localized(dimension.name, uiLanguage)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('interviews.guides.followUps', { language: languageName })}>
                {({ id: inputId }) => (
                  <textarea
                    id={inputId}
                    rows={2}
                    value={question.followUps.map((text) => text[textLanguage]).join('\n')}
                    onChange={(event) => {
                      const lines = event.target.value.split('\n');
                      const count = Math.max(lines.length, question.followUps.length);
                      const followUps = Array.from({ length: count }, (_, line) => ({
                        ...(question.followUps[line] ?? EMPTY),
                        [textLanguage]: lines[line] ?? '',
                      }));
                      updateQuestion(index, { followUps });
                    }}
                    onBlur={() => void autosave.flush()}
                  />
                )}
              </Field>
            </div>
            <div className="guide-editor__question-actions">
              <button
                type="button"
                className="button button--small button--quiet"
                disabled={index === 0}
                onClick={() => moveQuestion(index, -1)}
                aria-label={t('interviews.guides.moveUp', { number: index + 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                disabled={index === draft.questions.length - 1}
                onClick={() => moveQuestion(index, 1)}
                aria-label={t('interviews.guides.moveDown', { number: index + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                disabled={draft.questions.length === 1}
                onClick={() =>
                  update({
                    ...draft,
                    questions: draft.questions.filter((_, position) => position !== index),
                  })
                }
              >
                {t('interviews.guides.removeQuestion', { number: index + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() =>
          update({
            ...draft,
            questions: [
              ...draft.questions,
              {
                id: newQuestionId(draft),
                text: { ...EMPTY },
                dimension: null,
                followUps: [],
                hint: null,
              },
            ],
          })
        }
      >
        {t('interviews.guides.addQuestion')}
      </button>
    </article>
  );
}
