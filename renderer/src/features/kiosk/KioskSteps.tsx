/**
 * The steps a participant goes through on the kiosk and on a phone in a live session: welcome,
 * group, then the question pages (KioskQuestionPage). Both screens use these, so a participant
 * sees the same questionnaire wherever they answer it.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskForm, KioskPage } from '@shared/ipc/kiosk';
import { KioskQuestionPage, type PageAnswers } from './KioskQuestionPage';

export const EMPTY_ANSWERS: PageAnswers = { choices: {}, texts: {} };

/** What is sent: the scale choices (null = don't know) and the open texts that are not empty. */
export function answersPayload(answers: PageAnswers): Record<string, number | string | null> {
  const payload: Record<string, number | string | null> = { ...answers.choices };
  for (const [code, text] of Object.entries(answers.texts)) {
    if (text.trim() !== '') payload[code] = text.trim();
  }
  return payload;
}

export function questionCount(pages: KioskPage[]): number {
  return pages.reduce((n, page) => n + page.questions.length, 0);
}

/** The number of the first question on page `index` (questions are numbered throughout). */
export function firstQuestionNumber(pages: KioskPage[], index: number): number {
  return questionCount(pages.slice(0, index)) + 1;
}

export function WelcomeStep({
  form,
  headingRef,
  onStart,
}: {
  form: KioskForm;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStart: () => void;
}) {
  const { t } = useTranslation(undefined, { lng: form.language });
  return (
    <section className="kiosk__panel kiosk__welcome">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('kiosk.welcome.title')}
      </h1>
      <p className="kiosk__instrument">{form.title}</p>
      <p>{t('kiosk.welcome.body', { count: questionCount(form.pages) })}</p>
      <p>{t('kiosk.welcome.anonymous')}</p>
      <button type="button" className="kiosk__button kiosk__button--primary" onClick={onStart}>
        {t('kiosk.welcome.start')}
      </button>
    </section>
  );
}

export function GroupStep({
  form,
  groupId,
  headingRef,
  onChoose,
  onBack,
  onNext,
}: {
  form: KioskForm;
  groupId: number | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChoose: (groupId: number) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation(undefined, { lng: form.language });
  return (
    <section className="kiosk__panel">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('kiosk.group.title')}
      </h1>
      <fieldset className="kiosk__choices kiosk__choices--groups">
        <legend className="visually-hidden">{t('kiosk.group.title')}</legend>
        {form.groups.map((group) => (
          <label key={group.id} className="kiosk-option kiosk-option--wide">
            <input
              type="radio"
              name="kiosk-group"
              checked={groupId === group.id}
              onChange={() => onChoose(group.id)}
            />
            <span className="kiosk-option__label">{group.name}</span>
          </label>
        ))}
      </fieldset>
      <div className="kiosk__nav">
        <button type="button" className="kiosk__button" onClick={onBack}>
          {t('kiosk.back')}
        </button>
        <button
          type="button"
          className="kiosk__button kiosk__button--primary"
          disabled={groupId === null}
          onClick={onNext}
        >
          {t('kiosk.next')}
        </button>
      </div>
    </section>
  );
}

interface QuestionPageStepProps {
  form: KioskForm;
  index: number;
  answers: PageAnswers;
  onAnswers: (next: PageAnswers) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  submitting: boolean;
  failed: string | null;
  /** "Back" on the first page: to the group question, or wherever the screen came from. */
  onBackFromFirst: () => void;
  onPage: (index: number) => void;
  /** "Submit" on the last page. */
  onSubmit: () => void;
}

/** Page `index` of the questionnaire, with "back" and "next" (or "submit" on the last page). */
export function QuestionPageStep(props: QuestionPageStepProps) {
  const { form, index } = props;
  const page = form.pages[index];
  if (!page) return null;
  const last = index + 1 === form.pages.length;
  return (
    <KioskQuestionPage
      key={index}
      form={form}
      page={page}
      pageIndex={index}
      pageCount={form.pages.length}
      firstNumber={firstQuestionNumber(form.pages, index)}
      answers={props.answers}
      onAnswers={props.onAnswers}
      headingRef={props.headingRef}
      submitting={props.submitting}
      failed={props.failed}
      onBack={() => (index === 0 ? props.onBackFromFirst() : props.onPage(index - 1))}
      onNext={() => (last ? props.onSubmit() : props.onPage(index + 1))}
    />
  );
}

/** Where a participant is between the welcome and the thank-you. */
export type AnswerStep = { kind: 'group' } | { kind: 'page'; index: number };

type AnswerStepsProps = Omit<QuestionPageStepProps, 'index'> & {
  step: AnswerStep;
  groupId: number | null;
  onChooseGroup: (groupId: number) => void;
  /** "Back" on the group question. */
  onBackFromGroup: () => void;
};

/** The group question and the question pages, as the kiosk and the phone page both run them. */
export function AnswerSteps({
  step,
  groupId,
  onChooseGroup,
  onBackFromGroup,
  ...pages
}: AnswerStepsProps) {
  if (step.kind === 'group') {
    return (
      <GroupStep
        form={pages.form}
        groupId={groupId}
        headingRef={pages.headingRef}
        onChoose={onChooseGroup}
        onBack={onBackFromGroup}
        onNext={() => pages.onPage(0)}
      />
    );
  }
  return <QuestionPageStep {...pages} index={step.index} />;
}
