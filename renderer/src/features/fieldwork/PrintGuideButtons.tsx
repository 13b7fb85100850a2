import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { Language } from '@shared/questionnaire/instrument';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { saveFile } from '@renderer/platform/save-file';

/** A printable interview guide (.docx) with room for notes under each question, nl or en. */
export function PrintGuideButtons({ guideRef }: { guideRef: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<IpcError>();
  const [busy, setBusy] = useState(false);

  async function download(language: Language) {
    setBusy(true);
    setError(undefined);
    try {
      saveFile(await invoke('paper.interviewGuide', { ref: guideRef, language }));
    } catch (reason) {
      setError(asIpcError(reason));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="print-guide">
      {(['nl', 'en'] as const).map((language) => (
        <button
          key={language}
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void download(language)}
        >
          {t('fieldwork.paper.printGuide', { language: language.toUpperCase() })}
        </button>
      ))}
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
    </span>
  );
}
