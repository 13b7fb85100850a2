import { useTranslation } from 'react-i18next';
import { localized } from '@shared/questionnaire/instrument';
import { useUiLanguage } from '@renderer/app/ui-language';
import { LocalizedInputs } from '../LocalizedInputs';
import type { EditorContext } from './editor-context';
import {
  addDimension,
  addItem,
  itemsOfDimension,
  moveItem,
  removeDimension,
  removeItem,
  updateDimension,
  updateItem,
  type DraftDimension,
} from './editor-model';
import { BlockHead, CodeInput, FieldErrors, RemoveItemButton } from './editor-parts';

/** The dimensions with their agree/disagree statements: codes, texts, reverse flags, order. */
export function DimensionsEditor({ context }: { context: EditorContext }) {
  const { t } = useTranslation();
  const { draft, change } = context;
  return (
    <section className="card" aria-labelledby="editor-dimensions-heading">
      <h3 id="editor-dimensions-heading">{t('library.editor.dimensions')}</h3>
      <p className="muted">{t('library.editor.dimensionsIntro')}</p>
      <div className="form-stack">
        {draft.dimensions.map((dimension, index) => (
          <DimensionCard
            key={dimension.uid}
            dimension={dimension}
            index={index}
            context={context}
          />
        ))}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          const added = addDimension(draft);
          change(added.draft, added.uid);
        }}
      >
        {t('library.editor.addDimension')}
      </button>
    </section>
  );
}

function DimensionCard({
  dimension,
  index,
  context,
}: {
  dimension: DraftDimension;
  index: number;
  context: EditorContext;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { draft, change, errorAt, errorsAt, focusUid } = context;
  const path = `dimensions.${index}`;
  const items = itemsOfDimension(draft, dimension.uid);
  const label = localized(dimension.name, language) || dimension.code;

  return (
    <fieldset className="editor-block" data-testid="dimension-editor">
      <legend>{t('library.editor.dimensionLegend', { number: index + 1, name: label })}</legend>
      <FieldErrors messages={errorsAt(path)} />
      <BlockHead
        codeLabel={t('library.editor.dimensionCode')}
        code={dimension.code}
        codeError={errorAt(`${path}.code`)}
        onCode={(code) => change(updateDimension(draft, dimension.uid, { code }))}
        nameLabel={t('library.editor.dimensionName')}
        name={dimension.name}
        nameError={errorAt(`${path}.name`)}
        autoFocus={focusUid === dimension.uid}
        onName={(name) => change(updateDimension(draft, dimension.uid, { name }))}
        removeLabel={t('library.editor.removeDimension')}
        onRemove={() => change(removeDimension(draft, dimension.uid))}
      />

      <div
        className="editor-rows"
        role="group"
        aria-label={t('library.editor.itemsOf', { name: label })}
      >
        <div className="editor-rows__header" aria-hidden="true">
          <span>{t('library.editor.code')}</span>
          <span>{t('library.languageNames.nl')}</span>
          <span>{t('library.languageNames.en')}</span>
          <span>{t('library.editor.reverse')}</span>
          <span />
        </div>
        {items.map((item, itemIndex) => {
          const itemPath = `${path}.items.${itemIndex}`;
          return (
            <div key={item.uid} className="editor-row editor-row--item" data-testid="item-editor">
              <CodeInput
                label={t('library.editor.itemCode', { number: itemIndex + 1, name: label })}
                compact
                value={item.code}
                error={errorAt(`${itemPath}.code`)}
                autoFocus={focusUid === item.uid}
                onChange={(code) => change(updateItem(draft, item.uid, { code }))}
              />
              <LocalizedInputs
                label={t('library.editor.itemText', { code: item.code })}
                compact
                multiline
                value={item.text}
                error={errorAt(`${itemPath}.text`) ?? errorsAt(itemPath)[0]}
                onChange={(text) => change(updateItem(draft, item.uid, { text }))}
              />
              <label className="editor-row__check">
                <input
                  type="checkbox"
                  checked={item.reverse}
                  onChange={(event) =>
                    change(updateItem(draft, item.uid, { reverse: event.target.checked }))
                  }
                />
                <span className="visually-hidden">
                  {t('library.editor.reverseOf', { code: item.code })}
                </span>
              </label>
              <span className="editor-row__actions">
                <button
                  type="button"
                  className="button button--icon"
                  aria-label={t('library.editor.moveUp', { code: item.code })}
                  title={t('library.editor.moveUp', { code: item.code })}
                  disabled={itemIndex === 0}
                  onClick={() => change(moveItem(draft, item.uid, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--icon"
                  aria-label={t('library.editor.moveDown', { code: item.code })}
                  title={t('library.editor.moveDown', { code: item.code })}
                  disabled={itemIndex === items.length - 1}
                  onClick={() => change(moveItem(draft, item.uid, 1))}
                >
                  ↓
                </button>
                <RemoveItemButton
                  code={item.code}
                  onRemove={() => change(removeItem(draft, item.uid))}
                />
              </span>
            </div>
          );
        })}
      </div>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          const added = addItem(draft, dimension.uid);
          change(added.draft, added.uid);
        }}
      >
        {t('library.editor.addItem', { name: label })}
      </button>
    </fieldset>
  );
}
