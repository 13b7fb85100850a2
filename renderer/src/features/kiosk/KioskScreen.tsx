import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskForm } from '@shared/ipc/kiosk';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { KioskExit } from './KioskExit';
import type { PageAnswers } from './KioskQuestionPage';
import { answersPayload, AnswerSteps, EMPTY_ANSWERS, WelcomeStep } from './KioskSteps';
import './kiosk.css';

type Step =
  { kind: 'welcome' } | { kind: 'group' } | { kind: 'page'; index: number } | { kind: 'thanks' };

/** After the thank-you, the screen is ready for the next participant after this many seconds. */
const THANKS_SECONDS = 8;
/** A participant who walked away: their unfinished answers are dropped after this pause. */
const IDLE_RESET_MS = 3 * 60_000;

/**
 * The only screen while kiosk mode runs: participants at a workshop fill in the questionnaire
 * one after another. Speaks the engagement's language and shows nothing else of it.
 */
export function KioskScreen({ form }: { form: KioskForm }) {
  const { t } = useTranslation(undefined, { lng: form.language });
  const [step, setStep] = useState<Step>({ kind: 'welcome' });
  const [groupId, setGroupId] = useState<number | null>(null);
  const [answers, setAnswers] = useState<PageAnswers>(EMPTY_ANSWERS);
  const [submitting, setSubmitting] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  function restart() {
    setStep({ kind: 'welcome' });
    setGroupId(null);
    setAnswers(EMPTY_ANSWERS);
    setFailed(null);
  }

  // Each step starts at the top with its heading focused, so screen readers announce it.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [step]);

  useIdleReset(step.kind === 'group' || step.kind === 'page', restart);

  async function submit() {
    if (groupId === null) return;
    const payload = answersPayload(answers);
    setSubmitting(true);
    setFailed(null);
    try {
      await invoke('kiosk.submit', { groupId, answers: payload });
      setStep({ kind: 'thanks' });
    } catch (reason) {
      const error = asIpcError(reason);
      setFailed(error.key === 'kiosk.noAnswers' ? t('kiosk.noAnswers') : t('kiosk.submitFailed'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="kiosk" lang={form.language}>
      <main className="kiosk__main" id="main">
        {step.kind === 'welcome' && (
          <WelcomeStep
            form={form}
            headingRef={heading}
            onStart={() => setStep({ kind: 'group' })}
          />
        )}

        {(step.kind === 'group' || step.kind === 'page') && (
          <AnswerSteps
            step={step}
            form={form}
            headingRef={heading}
            groupId={groupId}
            onChooseGroup={setGroupId}
            onBackFromGroup={restart}
            answers={answers}
            onAnswers={setAnswers}
            submitting={submitting}
            failed={failed}
            onBackFromFirst={() => setStep({ kind: 'group' })}
            onPage={(index) => setStep({ kind: 'page', index })}
            onSubmit={() => void submit()}
          />
        )}

        {step.kind === 'thanks' && (
          <ThankYou headingRef={heading} onNext={restart} language={form.language} />
        )}
      </main>
      <KioskExit language={form.language} />
    </div>
  );
}

function ThankYou({
  headingRef,
  onNext,
  language,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onNext: () => void;
  language: string;
}) {
  const { t } = useTranslation(undefined, { lng: language });
  const [seconds, setSeconds] = useState(THANKS_SECONDS);
  const next = useRef(onNext);
  useEffect(() => {
    next.current = onNext;
  });

  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      const left = THANKS_SECONDS - Math.floor((Date.now() - started) / 1000);
      if (left > 0) return setSeconds(left);
      clearInterval(timer);
      next.current();
    }, 250);
    return () => clearInterval(timer);
  }, []);

  return (
    <section className="kiosk__panel kiosk__thanks">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('kiosk.thanks.title')}
      </h1>
      <p>{t('kiosk.thanks.body')}</p>
      <p className="kiosk__countdown" aria-live="off">
        {t('kiosk.thanks.countdown', { count: Math.max(seconds, 0) })}
      </p>
      <button type="button" className="kiosk__button kiosk__button--primary" onClick={onNext}>
        {t('kiosk.thanks.next')}
      </button>
    </section>
  );
}

/** Calls `onIdle` after a long pause without touch, mouse or keyboard while `watching`. */
function useIdleReset(watching: boolean, onIdle: () => void) {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  });
  useEffect(() => {
    if (!watching) return;
    let timer = setTimeout(() => callback.current(), IDLE_RESET_MS);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), IDLE_RESET_MS);
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const name of events) window.addEventListener(name, restart);
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, restart);
    };
  }, [watching]);
}
