import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import {
  FREE_NOTES_KEY,
  type Interview,
  type InterviewDetail,
  type Quote,
} from '@shared/interviews/model';
import { noteSections, type NoteSectionInfo } from '@shared/interviews/guides';
import type { NoteDoc } from '@shared/interviews/note-doc';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { routeHref, type Route } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { FilePickButton } from '@renderer/components/FilePickButton';
import { SaveIndicator } from '@renderer/components/SaveIndicator';
import { InterviewDetails } from './InterviewDetails';
import { MemoCard } from './MemoCard';
import { NoteEditor, type NoteSelection } from './NoteEditor';
import { unmarkPassage } from './passage-marks';
import { passageHighlightCss, themeCreator } from './theme-actions';
import { QuoteCard } from './QuoteCard';
import { contentText, interviewTitle } from './labels';
import { useNotesAutosave } from './use-notes-autosave';

interface InterviewEditorProps {
  engagement: Engagement;
  interviewId: number;
  /** The interview list, where "back" leads. */
  listHref: Route;
  onDeleted: () => void;
}

function BackToList({ to }: { to: Route }) {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={routeHref(to)}>
      ← {t('interviews.backToList')}
    </a>
  );
}

/** One interview: its details, notes per guide question, quotes, and the writing view. */
export function InterviewEditor(props: InterviewEditorProps) {
  const { t } = useTranslation();
  const loaded = useCall('interviews.get', { id: props.interviewId });
  if (loaded.error) {
    return (
      <div className="stack">
        <BackToList to={props.listHref} />
        <ErrorBanner error={loaded.error} />
      </div>
    );
  }
  if (!loaded.data || loaded.data.id !== props.interviewId) {
    return <p className="muted">{t('app.loading')}</p>;
  }
  return <EditorContentArea key={loaded.data.id} {...props} detail={loaded.data} />;
}

function EditorContentArea({
  engagement,
  detail,
  listHref,
  onDeleted,
}: InterviewEditorProps & { detail: InterviewDetail }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [interview, setInterview] = useState<Interview>(detail);
  const [writing, setWriting] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<IpcError>();
  const [announcement, setAnnouncement] = useState('');
  const [importTarget, setImportTarget] = useState(FREE_NOTES_KEY);
  const editors = useRef(new Map<string, Editor>());
  const autosave = useNotesAutosave(detail.id);
  const quotes = useCall('interviews.quotes.list', {
    engagementId: engagement.id,
    includeCodings: true,
  });
  const themes = useCall('interviews.themes.list', { engagementId: engagement.id });
  const sections = noteSections(interview.guide);
  const [initialDocs] = useState(
    () => new Map<string, NoteDoc>(detail.notes.map((note) => [note.sectionKey, note.doc])),
  );

  useEffect(() => {
    if (!writing) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setWriting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [writing]);

  const interviewQuotes = (quotes.data ?? []).filter((quote) => quote.interviewId === detail.id);
  const replaceQuote = (next: Quote) =>
    quotes.setData((quotes.data ?? []).map((quote) => (quote.id === next.id ? next : quote)));
  const removeQuote = (quoteId: number) => {
    quotes.setData((quotes.data ?? []).filter((quote) => quote.id !== quoteId));
    // The words stay in the notes; only the passage's mark goes.
    for (const editor of editors.current.values()) unmarkPassage(editor, quoteId);
  };

  async function codePassage(
    sectionKey: string,
    selection: NoteSelection,
    coding: { isQuote: boolean; themeIds: number[] },
  ): Promise<number | null> {
    try {
      const passage = await invoke('interviews.quotes.create', {
        interviewId: detail.id,
        sectionKey,
        text: selection.text,
        themeIds: coding.themeIds,
        isQuote: coding.isQuote,
      });
      quotes.setData([...(quotes.data ?? []), passage]);
      setAnnouncement(
        coding.isQuote
          ? t('interviews.quotes.added', { text: passage.text })
          : t('interviews.coding.coded', { text: passage.text }),
      );
      setError(undefined);
      return passage.id;
    } catch (reason) {
      setError(asIpcError(reason));
      return null;
    }
  }

  const newTheme = themeCreator(engagement.id, themes, setError);

  async function importFile(file: File) {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { html } = await invoke('interviews.notes.import', { fileName: file.name, bytes });
      const editor = editors.current.get(importTarget);
      if (!editor) return;
      editor.chain().focus('end').insertContentAt(editor.state.doc.content.size, html).run();
      await autosave.flush();
      setAnnouncement(t('interviews.import.done', { fileName: file.name }));
      setError(undefined);
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  async function remove() {
    try {
      await invoke('interviews.delete', { id: detail.id });
      onDeleted();
    } catch (reason) {
      setConfirmDelete(false);
      setError(asIpcError(reason));
    }
  }

  const title = interviewTitle(interview, engagement, language);
  const sectionTitle = (section: NoteSectionInfo) =>
    section.question ? contentText(section.question.text, engagement) : t('interviews.notes.free');

  return (
    <div className="interview-editor">
      {!writing && (
        <header className="interview-editor__header">
          <div>
            <BackToList to={listHref} />
            <h2 className="interview-editor__title">{title}</h2>
            <p className="muted">
              {t(`interviews.kinds.${interview.kind}`)}
              {interview.guide &&
                ` · ${t('interviews.guideUsed', { name: contentText(interview.guide.name, engagement) })}`}
            </p>
          </div>
          <div className="page__header-actions">
            <SaveIndicator state={autosave.saveState} />
            <button
              type="button"
              className="button button--primary"
              onClick={() => setWriting(true)}
            >
              {t('interviews.writing.enter')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setConfirmDelete(true)}
            >
              {t('interviews.delete')}
            </button>
          </div>
        </header>
      )}
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {autosave.saveError && <ErrorBanner error={autosave.saveError} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <style>{passageHighlightCss(interviewQuotes, themes.data ?? [])}</style>
      {!writing && (
        <div className="interview-editor__top">
          <InterviewDetails engagement={engagement} interview={interview} onSaved={setInterview} />
          <MemoCard
            engagementId={engagement.id}
            target={{ kind: 'interview', id: detail.id }}
            title={t('interviews.memos.interview')}
          />
        </div>
      )}
      {!writing && (
        <div className="card import-bar">
          <label>
            {t('interviews.import.target')}{' '}
            <select value={importTarget} onChange={(event) => setImportTarget(event.target.value)}>
              {sections.map((section) => (
                <option key={section.key} value={section.key}>
                  {sectionTitle(section)}
                </option>
              ))}
            </select>
          </label>
          <FilePickButton
            label={t('interviews.import.button')}
            accept=".docx,.md,.markdown,.txt"
            testId="notes-import-input"
            onPick={(file) => void importFile(file)}
          />
          <span className="muted">{t('interviews.import.hint')}</span>
        </div>
      )}
      <div
        className={writing ? 'interview-notes interview-notes--writing' : 'interview-notes'}
        role={writing ? 'dialog' : undefined}
        aria-modal={writing ? true : undefined}
        aria-label={writing ? t('interviews.writing.title', { title }) : undefined}
      >
        {writing && (
          <div className="interview-notes__bar">
            <span className="interview-notes__bar-title">{title}</span>
            <SaveIndicator state={autosave.saveState} />
            <button type="button" className="button" onClick={() => setWriting(false)}>
              {t('interviews.writing.leave')}
            </button>
          </div>
        )}
        {sections.map((section, index) => (
          <section key={section.key} className="note-section" data-testid="note-section">
            <h3 className="note-section__question">
              {section.question && <span className="note-section__number">{index + 1}.</span>}{' '}
              {sectionTitle(section)}
            </h3>
            {section.question && section.question.followUps.length > 0 && (
              <ul className="note-section__follow-ups">
                {section.question.followUps.map((followUp, followUpIndex) => (
                  <li key={followUpIndex}>{contentText(followUp, engagement)}</li>
                ))}
              </ul>
            )}
            {!writing && section.question?.hint && (
              <p className="note-section__hint muted">
                {contentText(section.question.hint, engagement)}
              </p>
            )}
            <NoteEditor
              label={t('interviews.notes.editorLabel', { section: sectionTitle(section) })}
              initialDoc={initialDocs.get(section.key)}
              onChange={(doc) => autosave.change(section.key, doc)}
              onBlur={() => void autosave.flush()}
              passages={interviewQuotes.filter((quote) => quote.sectionKey === section.key)}
              themes={themes.data ?? []}
              onCode={(selection, coding) => codePassage(section.key, selection, coding)}
              onCreateTheme={newTheme}
              onReady={(editor) => {
                if (editor) editors.current.set(section.key, editor);
                else editors.current.delete(section.key);
              }}
            />
            {!writing &&
              interviewQuotes
                .filter((quote) => quote.sectionKey === section.key)
                .map((quote) => (
                  <QuoteCard
                    key={quote.id}
                    quote={quote}
                    themes={themes.data ?? []}
                    onChange={replaceQuote}
                    onDelete={removeQuote}
                    onCreateTheme={newTheme}
                  />
                ))}
          </section>
        ))}
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={t('interviews.deleteTitle')}
        confirmLabel={t('app.delete')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('interviews.deleteText')}</p>
      </ConfirmDialog>
    </div>
  );
}
