import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scale } from '@shared/questionnaire/instrument';
import { LocalizedInputs } from '../LocalizedInputs';
import type { EditorContext } from './editor-context';
import {
  DEFAULT_DONT_KNOW,
  MAX_LABELLED_POINTS,
  withPointLabel,
  withPointLabels,
  withScaleRange,
} from './editor-model';
import { FieldErrors, NumberInput } from './editor-parts';

interface ScaleEditorProps {
  title: string;
  /** "scale" or "needsScale": where problems with this scale are reported. */
  path: string;
  scale: Scale;
  context: EditorContext;
  onChange: (scale: Scale) => void;
  headingLevel?: 3 | 4;
}

/** The answer scale: its range, a label per point, and the optional "don't know" answer. */
export function ScaleEditor({
  title,
  path,
  scale,
  context,
  onChange,
  headingLevel = 3,
}: ScaleEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const { errorAt, errorsAt } = context;
  const Heading = `h${headingLevel}` as const;
  const pointCount = scale.max - scale.min + 1;
  const canLabel = pointCount > 1 && pointCount <= MAX_LABELLED_POINTS;
  const Wrapper = headingLevel === 3 ? 'section' : 'div';

  return (
    <Wrapper
      className={headingLevel === 3 ? 'card' : 'editor-subsection'}
      aria-labelledby={`${id}-heading`}
    >
      <Heading id={`${id}-heading`}>{title}</Heading>
      <FieldErrors messages={errorsAt(path)} />
      <div className="editor-scale__range">
        <NumberInput
          label={t('library.editor.scaleMin')}
          value={scale.min}
          error={errorAt(`${path}.min`)}
          onChange={(min) => onChange(withScaleRange(scale, min, scale.max))}
        />
        <NumberInput
          label={t('library.editor.scaleMax')}
          value={scale.max}
          error={errorAt(`${path}.max`)}
          onChange={(max) => onChange(withScaleRange(scale, scale.min, max))}
        />
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={scale.points.length > 0}
            disabled={!canLabel && scale.points.length === 0}
            onChange={(event) => onChange(withPointLabels(scale, event.target.checked))}
          />
          {t('library.editor.pointLabels')}
        </label>
      </div>
      {scale.points.length > 0 && (
        <div className="editor-rows">
          {scale.points.map((point, index) => (
            <div key={point.value} className="editor-row editor-row--point">
              <span className="editor-row__value" aria-hidden="true">
                {point.value}
              </span>
              <LocalizedInputs
                label={t('library.editor.pointLabel', { value: point.value })}
                compact
                value={point.label}
                error={
                  errorAt(`${path}.points.${index}.label`) ??
                  errorAt(`${path}.points.${index}.value`)
                }
                onChange={(label) => onChange(withPointLabel(scale, point.value, label))}
              />
            </div>
          ))}
        </div>
      )}
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={scale.dontKnow !== null}
          onChange={(event) =>
            onChange({ ...scale, dontKnow: event.target.checked ? { ...DEFAULT_DONT_KNOW } : null })
          }
        />
        {t('library.editor.dontKnow')}
      </label>
      {scale.dontKnow && (
        <LocalizedInputs
          label={t('library.editor.dontKnowLabel')}
          value={scale.dontKnow}
          error={errorAt(`${path}.dontKnow`)}
          onChange={(dontKnow) => onChange({ ...scale, dontKnow })}
        />
      )}
    </Wrapper>
  );
}
