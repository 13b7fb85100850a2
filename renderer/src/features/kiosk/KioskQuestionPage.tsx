import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskForm, KioskPage, KioskQuestion, KioskScale } from '@shared/ipc/kiosk';

/** A participant's answers so far: scale choices (null = don't know) and open texts. */
export interface PageAnswers {
  choices: Record<string, number | null>;
  texts: Record<string, string>;
}

interface KioskQuestionPageProps {
  form: KioskForm;
  page: KioskPage;
  pageIndex: number;
  pageCount: number;
  /** Number of the page's first question in the whole questionnaire. */
  firstNumber: number;
  answers: PageAnswers;
  onAnswers: (next: PageAnswers) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  submitting: boolean;
  failed: string | null;
  onBack: () => void;
  onNext: () => void;
}

/** One block of questions, large and touch-friendly, with the progress through the pages. */
export function KioskQuestionPage({
  form,
  page,
  pageIndex,
  pageCount,
  firstNumber,
  answers,
  onAnswers,
  headingRef,
  submitting,
  failed,
  onBack,
  onNext,
}: KioskQuestionPageProps) {
  const { t } = useTranslation(undefined, { lng: form.language });
  const [warned, setWarned] = useState(false);
  const last = pageIndex + 1 === pageCount;
  const scale = page.scale === 'needs' ? form.needsScale : form.scale;
  const unanswered = page.questions.filter(
    (question) => question.kind !== 'open' && !(question.code in answers.choices),
  ).length;

  function next() {
    // Skipping is allowed, but a participant who missed a question gets one reminder.
    if (unanswered > 0 && !warned) {
      setWarned(true);
      return;
    }
    onNext();
  }

  return (
    <section className="kiosk__panel kiosk__page" aria-labelledby="kiosk-page-heading">
      <div className="kiosk__progress">
        <progress value={pageIndex + 1} max={pageCount} aria-labelledby="kiosk-page-heading" />
      </div>
      <h1 id="kiosk-page-heading" ref={headingRef} tabIndex={-1}>
        {t('kiosk.page.title', { page: pageIndex + 1, count: pageCount })}
      </h1>
      <div className="kiosk__questions">
        {page.questions.map((question, index) =>
          question.kind === 'open' ? (
            <OpenQuestion
              key={question.code}
              number={firstNumber + index}
              question={question}
              value={answers.texts[question.code] ?? ''}
              onChange={(text) =>
                onAnswers({ ...answers, texts: { ...answers.texts, [question.code]: text } })
              }
            />
          ) : (
            <ScaleQuestion
              language={form.language}
              key={question.code}
              number={firstNumber + index}
              question={question}
              scale={scale}
              value={question.code in answers.choices ? answers.choices[question.code]! : undefined}
              onChange={(value) =>
                onAnswers({ ...answers, choices: { ...answers.choices, [question.code]: value } })
              }
            />
          ),
        )}
      </div>
      {warned && unanswered > 0 && (
        <p className="kiosk__notice" role="alert">
          {t('kiosk.page.unanswered', { count: unanswered })}
        </p>
      )}
      {failed && (
        <p className="kiosk__notice kiosk__notice--error" role="alert">
          {failed}
        </p>
      )}
      <div className="kiosk__nav">
        <button type="button" className="kiosk__button" onClick={onBack} disabled={submitting}>
          {t('kiosk.back')}
        </button>
        <button
          type="button"
          className="kiosk__button kiosk__button--primary"
          onClick={next}
          disabled={submitting}
        >
          {warned && unanswered > 0
            ? t('kiosk.page.continueAnyway')
            : last
              ? submitting
                ? t('kiosk.submitting')
                : t('kiosk.submit')
              : t('kiosk.next')}
        </button>
      </div>
    </section>
  );
}

function ScaleQuestion({
  number,
  question,
  scale,
  value,
  language,
  onChange,
}: {
  number: number;
  language: string;
  question: KioskQuestion;
  scale: KioskScale;
  /** undefined: not answered; null: don't know. */
  value: number | null | undefined;
  onChange: (value: number | null) => void;
}) {
  const { t } = useTranslation(undefined, { lng: language });
  const values: number[] = [];
  for (let point = scale.min; point <= scale.max; point++) values.push(point);
  // An instrument without answer labels still tells which end is which: the two ends get
  // anchors ("low", "high"), so no participant faces bare numbers.
  const labelled = scale.points.length > 0;
  const labelOf = (point: number) =>
    scale.points.find((candidate) => candidate.value === point)?.label ??
    (labelled
      ? undefined
      : point === scale.min
        ? t('capture.kiosk.anchorLow')
        : point === scale.max
          ? t('capture.kiosk.anchorHigh')
          : undefined);
  return (
    <fieldset className="kiosk-question">
      <legend>
        <span className="kiosk-question__number">{number}.</span> {question.text}
      </legend>
      <div className={`kiosk__choices${values.length > 7 ? ' kiosk__choices--dense' : ''}`}>
        {values.map((point) => (
          <label key={point} className="kiosk-option">
            <input
              type="radio"
              name={question.code}
              checked={value === point}
              onChange={() => onChange(point)}
            />
            <span className="kiosk-option__value">{point}</span>
            {labelOf(point) && <span className="kiosk-option__label">{labelOf(point)}</span>}
          </label>
        ))}
        {scale.dontKnow && (
          <label className="kiosk-option kiosk-option--dont-know">
            <input
              type="radio"
              name={question.code}
              checked={value === null}
              onChange={() => onChange(null)}
            />
            <span className="kiosk-option__label">{scale.dontKnow}</span>
          </label>
        )}
      </div>
    </fieldset>
  );
}

function OpenQuestion({
  number,
  question,
  value,
  onChange,
}: {
  number: number;
  question: KioskQuestion;
  value: string;
  onChange: (text: string) => void;
}) {
  const id = `kiosk-open-${question.code}`;
  return (
    <div className="kiosk-question kiosk-question--open">
      <label htmlFor={id}>
        <span className="kiosk-question__number">{number}.</span> {question.text}
      </label>
      <textarea
        id={id}
        rows={4}
        maxLength={5000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
