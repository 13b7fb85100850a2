import { useTranslation } from 'react-i18next';
import { LocalizedInputs } from '../LocalizedInputs';
import type { EditorContext } from './editor-context';
import { addOpenQuestion, openQuestions, removeItem, updateItem } from './editor-model';
import { CodeInput, RemoveItemButton } from './editor-parts';

/** Open questions: free text, never scored. */
export function OpenQuestionsEditor({ context }: { context: EditorContext }) {
  const { t } = useTranslation();
  const { draft, change, errorAt, focusUid } = context;
  const questions = openQuestions(draft);
  return (
    <section className="card" aria-labelledby="editor-open-heading">
      <h3 id="editor-open-heading">{t('library.editor.openQuestions')}</h3>
      <p className="muted">{t('library.editor.openIntro')}</p>
      <div className="editor-rows">
        {questions.map((item, index) => {
          const path = `openQuestions.${index}`;
          return (
            <div key={item.uid} className="editor-row editor-row--open">
              <CodeInput
                label={t('library.editor.openCode', { number: index + 1 })}
                compact
                value={item.code}
                autoFocus={focusUid === item.uid}
                error={errorAt(`${path}.code`)}
                onChange={(code) => change(updateItem(draft, item.uid, { code }))}
              />
              <LocalizedInputs
                label={t('library.editor.questionText', { code: item.code })}
                compact
                multiline
                value={item.text}
                error={errorAt(`${path}.text`)}
                onChange={(text) => change(updateItem(draft, item.uid, { text }))}
              />
              <RemoveItemButton
                code={item.code}
                onRemove={() => change(removeItem(draft, item.uid))}
              />
            </div>
          );
        })}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          const added = addOpenQuestion(draft);
          change(added.draft, added.uid);
        }}
      >
        {t('library.editor.addOpenQuestion')}
      </button>
    </section>
  );
}
