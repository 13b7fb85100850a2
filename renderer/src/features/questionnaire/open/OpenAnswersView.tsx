import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { OpenAnswerItem, OpenAnswerQuestion } from '@shared/questionnaire/open-answers';
import { foldText } from '@shared/interviews/search-query';
import { localized } from '@shared/questionnaire/instrument';
import type { Theme } from '@shared/interviews/model';
import { themesInOrder } from '@shared/interviews/themes';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { ThemeChip } from '@renderer/features/interviews/QuoteCard';
import { ThemePicker } from '@renderer/features/interviews/ThemePicker';
import type { QuestionnaireViewProps } from '../view-props';
import './open-answers.css';

/**
 * The answers to the open questions, per question and group, under the anonymity rules: a group
 * smaller than the threshold is not named (its answers are pooled with other small groups when
 * together they reach it, else not listed). Answers can be coded with the codebook's themes and
 * chosen as quotes for the report; the interview search finds them too.
 */
export function OpenAnswersView({ engagement }: QuestionnaireViewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const filterId = useId();
  const view = useCall('openAnswers.list', { engagementId: engagement.id });
  const themes = useCall('interviews.themes.list', { engagementId: engagement.id });
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<IpcError>();

  if (view.error) return <ErrorBanner error={view.error} />;
  const data = view.data?.engagementId === engagement.id ? view.data : undefined;
  if (!data) return <p className="muted">{t('app.loading')}</p>;

  const groupName = (groupId: number | null) =>
    groupId === null
      ? t('openAnswers.otherGroups')
      : (engagement.groups.find((group) => group.id === groupId)?.name ?? '');
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  const matches = (answer: OpenAnswerItem) =>
    words.every((word) => foldText(answer.text).includes(word));
  const instrumentName = (id: number) => {
    const found = data.instruments.find((instrument) => instrument.id === id);
    return found ? `${localized(found.name, language)} (v${found.version})` : '';
  };
  const replace = (next: OpenAnswerItem) =>
    view.setData({
      ...data,
      questions: data.questions.map((question) => ({
        ...question,
        blocks: question.blocks.map((block) => ({
          ...block,
          answers: block.answers.map((answer) => (answer.id === next.id ? next : answer)),
        })),
      })),
    });

  return (
    <section className="card stack" aria-labelledby="open-answers-heading">
      <h2 id="open-answers-heading">{t('openAnswers.title')}</h2>
      <p className="muted">
        {t('openAnswers.intro', { threshold: data.anonymityThreshold })}{' '}
        <a href={routeHref({ screen: 'engagement', id: engagement.id, section: 'interviews' })}>
          {t('openAnswers.searchAll')}
        </a>
      </p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <div className="toolbar">
        <label htmlFor={filterId}>{t('openAnswers.filter')}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      {data.questions.length === 0 && <p>{t('openAnswers.noQuestions')}</p>}
      {data.questions.map((question) => (
        <QuestionAnswers
          key={`${question.instrumentId}-${question.itemCode}`}
          question={question}
          instrument={instrumentName(question.instrumentId)}
          groupName={groupName}
          matches={matches}
          themes={themes.data ?? []}
          engagementId={engagement.id}
          onChanged={replace}
          onError={setError}
        />
      ))}
    </section>
  );
}

interface QuestionAnswersProps {
  question: OpenAnswerQuestion;
  instrument: string;
  groupName: (groupId: number | null) => string;
  matches: (answer: OpenAnswerItem) => boolean;
  themes: Theme[];
  engagementId: number;
  onChanged: (answer: OpenAnswerItem) => void;
  onError: (error: IpcError) => void;
}

function QuestionAnswers(props: QuestionAnswersProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { question } = props;
  const count = question.blocks.reduce((sum, block) => sum + block.answers.length, 0);
  return (
    <article className="open-question" data-testid="open-question">
      <h3>
        <code>{question.itemCode}</code> {localized(question.text, language)}
      </h3>
      <p className="muted">
        {props.instrument} · {t('openAnswers.count', { count })}
      </p>
      {question.withheld && (
        <p className="muted" data-testid="open-answers-withheld">
          {t('openAnswers.withheld')}
        </p>
      )}
      {question.blocks.map((block) => {
        const shown = block.answers.filter(props.matches);
        if (shown.length === 0) return null;
        return (
          <div key={block.groupId ?? 'others'} className="open-question__group">
            <h4 data-testid="open-answers-group">{props.groupName(block.groupId)}</h4>
            <ul className="open-question__answers">
              {shown.map((answer) => (
                <AnswerRow key={answer.id} answer={answer} {...props} />
              ))}
            </ul>
          </div>
        );
      })}
    </article>
  );
}

function AnswerRow({
  answer,
  themes,
  engagementId,
  onChanged,
  onError,
}: { answer: OpenAnswerItem } & QuestionAnswersProps) {
  const { t } = useTranslation();
  const [optimistic, setOptimistic] = useState<number[] | null>(null);
  const latest = useRef(0);
  const themeIds = optimistic ?? answer.themeIds;
  const [quotedNow, setQuotedNow] = useState<boolean | null>(null);
  const applied = themesInOrder(themes).filter((theme) => themeIds.includes(theme.id));

  async function setThemes(next: number[]) {
    const change = ++latest.current;
    setOptimistic(next);
    try {
      const saved = await invoke('openAnswers.setThemes', {
        engagementId,
        id: answer.id,
        themeIds: next,
      });
      if (change === latest.current) onChanged(saved);
    } catch (reason) {
      onError(asIpcError(reason));
    }
    if (change === latest.current) setOptimistic(null);
  }

  // Ticked at once, as the themes are; the saved answer then replaces it (or an error undoes it).
  async function setQuoted(quoted: boolean) {
    setQuotedNow(quoted);
    try {
      onChanged(await invoke('openAnswers.setQuoted', { engagementId, id: answer.id, quoted }));
    } catch (reason) {
      onError(asIpcError(reason));
    }
    setQuotedNow(null);
  }

  return (
    <li className="open-answer" data-testid="open-answer">
      <blockquote>“{answer.text}”</blockquote>
      <div className="quote-card__themes">
        {applied.map((theme) => (
          <ThemeChip key={theme.id} theme={theme} themes={themes} />
        ))}
      </div>
      <div className="quote-card__actions">
        <ThemePicker
          themes={themes}
          themeIds={themeIds}
          onChange={(next) => void setThemes(next)}
        />
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={quotedNow ?? answer.quoted}
            onChange={(event) => void setQuoted(event.target.checked)}
          />
          {t('openAnswers.useAsQuote')}
        </label>
      </div>
    </li>
  );
}
