import { useTranslation } from 'react-i18next';
import { localized } from '@shared/questionnaire/instrument';
import { useUiLanguage } from '@renderer/app/ui-language';
import { LocalizedInputs } from '../LocalizedInputs';
import type { EditorContext } from './editor-context';
import {
  addNeed,
  itemsOfNeed,
  removeNeed,
  setNeedQuestion,
  updateItem,
  updateNeed,
  type DraftNeed,
  type NeedQuestionKind,
} from './editor-model';
import { BlockHead, CodeInput, FieldErrors } from './editor-parts';
import { ScaleEditor } from './ScaleEditor';

/** Customer needs: each rated for importance, and by customers also for performance. */
export function NeedsEditor({ context }: { context: EditorContext }) {
  const { t } = useTranslation();
  const { draft, change } = context;
  return (
    <section className="card" aria-labelledby="editor-needs-heading">
      <h3 id="editor-needs-heading">{t('library.editor.needs')}</h3>
      <p className="muted">{t('library.editor.needsIntro')}</p>
      {draft.needs.length > 0 && (
        <ScaleEditor
          title={t('library.editor.needsScale')}
          path="needsScale"
          scale={draft.needsScale}
          context={context}
          headingLevel={4}
          onChange={(needsScale) => change({ ...draft, needsScale })}
        />
      )}
      <div className="form-stack">
        {draft.needs.map((need, index) => (
          <NeedCard key={need.uid} need={need} index={index} context={context} />
        ))}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          const added = addNeed(draft);
          change(added.draft, added.uid);
        }}
      >
        {t('library.editor.addNeed')}
      </button>
    </section>
  );
}

function NeedCard({
  need,
  index,
  context,
}: {
  need: DraftNeed;
  index: number;
  context: EditorContext;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { draft, change, errorAt, errorsAt, focusUid } = context;
  const path = `needs.${index}`;
  const label = localized(need.name, language) || need.code;

  const question = (kind: NeedQuestionKind) => {
    const item = itemsOfNeed(draft, need.uid, kind);
    const questionPath = `${path}.${kind}`;
    return (
      <div className="editor-need-question">
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={item !== undefined}
            onChange={(event) =>
              change(setNeedQuestion(draft, need.uid, kind, event.target.checked))
            }
          />
          {t(`library.editor.${kind}Question`)}
          <span className="visually-hidden"> — {label}</span>
        </label>
        {item && (
          <div className="editor-row editor-row--question">
            <CodeInput
              label={t('library.editor.questionCode', {
                kind: t(`library.editor.${kind}Question`),
                need: label,
              })}
              compact
              value={item.code}
              error={errorAt(`${questionPath}.code`)}
              onChange={(code) => change(updateItem(draft, item.uid, { code }))}
            />
            <LocalizedInputs
              label={t('library.editor.questionText', { code: item.code })}
              compact
              multiline
              value={item.text}
              error={errorAt(`${questionPath}.text`)}
              onChange={(text) => change(updateItem(draft, item.uid, { text }))}
            />
          </div>
        )}
      </div>
    );
  };

  return (
    <fieldset className="editor-block" data-testid="need-editor">
      <legend>{t('library.editor.needLegend', { number: index + 1, name: label })}</legend>
      <FieldErrors messages={errorsAt(path)} />
      <BlockHead
        codeLabel={t('library.editor.needCode')}
        code={need.code}
        codeError={errorAt(`${path}.code`)}
        onCode={(code) => change(updateNeed(draft, need.uid, { code }))}
        nameLabel={t('library.editor.needName')}
        name={need.name}
        nameError={errorAt(`${path}.name`)}
        autoFocus={focusUid === need.uid}
        onName={(name) => change(updateNeed(draft, need.uid, { name }))}
        removeLabel={t('library.editor.removeNeed')}
        onRemove={() => change(removeNeed(draft, need.uid))}
      />
      {question('importance')}
      {question('performance')}
    </fieldset>
  );
}
