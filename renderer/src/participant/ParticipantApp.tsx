import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskForm } from '@shared/ipc/kiosk';
import { GROUP_QUERY_PARAMETER, type ParticipantRefusal } from '@shared/live/protocol';
import type { PageAnswers } from '@renderer/features/kiosk/KioskQuestionPage';
import {
  answersPayload,
  AnswerSteps,
  EMPTY_ANSWERS,
  WelcomeStep,
} from '@renderer/features/kiosk/KioskSteps';
import { loadForm, sendAnswers, SessionUnreachable } from './participant-api';
import { switchToFormLanguage } from './participant-i18n';

type Notice = 'already' | 'full' | 'closed';
type Step =
  | { kind: 'welcome' }
  | { kind: 'group' }
  | { kind: 'page'; index: number }
  | { kind: 'thanks' }
  | { kind: 'notice'; notice: Notice };

type Load = { state: 'loading' } | { state: 'closed' } | { state: 'ready'; form: KioskForm };

/** The group a group's own QR code chose, when it is one of the session's groups. */
function groupFromAddress(form: KioskForm): number | null {
  const wanted = Number(new URLSearchParams(window.location.search).get(GROUP_QUERY_PARAMETER));
  if (form.groups.some((group) => group.id === wanted)) return wanted;
  return form.groups.length === 1 ? form.groups[0]!.id : null;
}

/**
 * The phone page of a live session: the questionnaire in the engagement's language, one block of
 * questions per screen, then a thank-you. One submission per device; the page shows nothing else.
 */
export function ParticipantApp() {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [step, setStep] = useState<Step>({ kind: 'welcome' });
  const [groupId, setGroupId] = useState<number | null>(null);
  const [groupChosenByCode, setGroupChosenByCode] = useState(false);
  const [answers, setAnswers] = useState<PageAnswers>(EMPTY_ANSWERS);
  const [submitting, setSubmitting] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    loadForm().then(
      async (response) => {
        await switchToFormLanguage(response.form.language);
        if (!current) return;
        const chosen = groupFromAddress(response.form);
        setGroupId(chosen);
        setGroupChosenByCode(chosen !== null);
        setLoad({ state: 'ready', form: response.form });
        if (response.submitted) setStep({ kind: 'notice', notice: 'already' });
        else if (response.full) setStep({ kind: 'notice', notice: 'full' });
      },
      () => current && setLoad({ state: 'closed' }),
    );
    return () => {
      current = false;
    };
  }, []);

  // Each step starts at the top with its heading focused, so screen readers announce it.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [step, load.state]);

  if (load.state === 'loading') {
    return (
      <Frame>
        <p className="kiosk__panel" role="status">
          {t('participant.loading')}
        </p>
      </Frame>
    );
  }
  if (load.state === 'closed') {
    return (
      <Frame>
        <NoticePanel notice="closed" headingRef={heading} />
      </Frame>
    );
  }
  const { form } = load;

  async function submit() {
    if (groupId === null) return;
    setSubmitting(true);
    setFailed(null);
    try {
      const result = await sendAnswers({ groupId, answers: answersPayload(answers) });
      if (result.ok) setStep({ kind: 'thanks' });
      else refused(result.refusal);
    } catch (error) {
      if (error instanceof SessionUnreachable) setStep({ kind: 'notice', notice: 'closed' });
      else setFailed(t('kiosk.submitFailed'));
    } finally {
      setSubmitting(false);
    }
  }

  function refused(refusal: ParticipantRefusal) {
    if (refusal === 'alreadySubmitted') setStep({ kind: 'notice', notice: 'already' });
    else if (refusal === 'full') setStep({ kind: 'notice', notice: 'full' });
    else if (refusal === 'noAnswers') setFailed(t('kiosk.noAnswers'));
    else setFailed(t(`participant.refusal.${refusal}`));
  }

  const firstStep: Step = groupChosenByCode ? { kind: 'page', index: 0 } : { kind: 'group' };
  return (
    <Frame language={form.language}>
      {step.kind === 'welcome' && (
        <WelcomeStep form={form} headingRef={heading} onStart={() => setStep(firstStep)} />
      )}
      {(step.kind === 'group' || step.kind === 'page') && (
        <AnswerSteps
          step={step}
          form={form}
          headingRef={heading}
          groupId={groupId}
          onChooseGroup={setGroupId}
          onBackFromGroup={() => setStep({ kind: 'welcome' })}
          answers={answers}
          onAnswers={setAnswers}
          submitting={submitting}
          failed={failed}
          onBackFromFirst={() =>
            setStep(groupChosenByCode ? { kind: 'welcome' } : { kind: 'group' })
          }
          onPage={(index) => setStep({ kind: 'page', index })}
          onSubmit={() => void submit()}
        />
      )}
      {step.kind === 'thanks' && (
        <section className="kiosk__panel kiosk__thanks">
          <h1 ref={heading} tabIndex={-1}>
            {t('participant.thanks.title')}
          </h1>
          <p>{t('participant.thanks.body')}</p>
        </section>
      )}
      {step.kind === 'notice' && <NoticePanel notice={step.notice} headingRef={heading} />}
    </Frame>
  );
}

function Frame({ language, children }: { language?: string; children: ReactNode }) {
  return (
    <div className="kiosk participant" lang={language}>
      <main className="kiosk__main" id="main">
        {children}
      </main>
    </div>
  );
}

function NoticePanel({
  notice,
  headingRef,
}: {
  notice: Notice;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <section className="kiosk__panel kiosk__thanks" role="status">
      <h1 ref={headingRef} tabIndex={-1}>
        {t(`participant.${notice}.title`)}
      </h1>
      <p>{t(`participant.${notice}.body`)}</p>
    </section>
  );
}
