import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTipLibrary, SCORE_BANDS, type ScoreBand, type TipLibrary } from '@shared/content';
import { localized } from '@shared/questionnaire/instrument';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { invoke } from '@renderer/ipc/client';
import { useCall } from '@renderer/ipc/use-call';
import { NumberInput } from '../instruments/editor-parts';
import { LocalizedInputs } from '../LocalizedInputs';
import {
  EditorFeedback,
  LibraryPanel,
  UnsavedIndicator,
  useEditorProblems,
  useLibraryAction,
  useUnsavedWarning,
} from '../library-parts';
import { problemFromContent } from '../problem-message';
import { useKnownDimensions } from '../use-known-dimensions';
import { addTip, dimensionCodes, removeTip, setBands, tipsOf, updateTip } from './tips-model';

/** Loads the consultant's tip library (the shipped one until they change it). */
export function TipsEditor() {
  const { t } = useTranslation();
  const loaded = useCall('tips.get', {});
  if (loaded.error) return <ErrorBanner error={loaded.error} />;
  if (!loaded.data) return <p className="muted">{t('app.loading')}</p>;
  return <TipsForm initial={loaded.data} />;
}

function TipsForm({ initial }: { initial: { library: TipLibrary; edited: boolean } }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const selectId = useId();
  const known = useKnownDimensions();
  const [library, setLibrary] = useState(initial.library);
  const [saved, setSaved] = useState(() => JSON.stringify(initial.library));
  const [edited, setEdited] = useState(initial.edited);
  const [chosen, setChosen] = useState<string>();
  const [confirmReset, setConfirmReset] = useState(false);
  const [focusId, setFocusId] = useState<string>();
  const action = useLibraryAction();
  const { busy } = action;

  const dirty = JSON.stringify(library) !== saved;
  const problems = useEditorProblems(
    useMemo(() => {
      const parsed = parseTipLibrary(library);
      return parsed.ok ? [] : parsed.problems.map(problemFromContent);
    }, [library]),
  );
  const errorAt = problems.errorAt;
  useUnsavedWarning(dirty);

  const codes = dimensionCodes(
    library,
    known.map((dimension) => dimension.code),
  );
  const dimension = chosen && codes.includes(chosen) ? chosen : codes[0];
  const dimensionName = (code: string) => {
    const found = known.find((entry) => entry.code === code);
    return found ? `${localized(found.name, language)} (${code})` : code;
  };

  function change(next: TipLibrary, newTipId?: string) {
    setLibrary(next);
    action.setNotice(undefined);
    setFocusId(newTipId);
  }

  /** Saves or restores; the editor then shows what is stored. */
  function run(store: () => Promise<{ library: TipLibrary; edited: boolean }>, message: string) {
    return action.run(async () => {
      const result = await store();
      setLibrary(result.library);
      setSaved(JSON.stringify(result.library));
      setEdited(result.edited);
      problems.hide();
      return message;
    });
  }

  function save() {
    action.setNotice(undefined);
    if (!problems.showForSave()) return;
    void run(() => invoke('tips.save', { library }), t('library.tips.saved'));
  }

  function reset() {
    setConfirmReset(false);
    void run(() => invoke('tips.reset', {}), t('library.tips.restored'));
  }

  const bandLabel = (band: ScoreBand) =>
    t(`library.tips.bandRange.${band}`, {
      mediumFrom: library.bands.mediumFrom,
      highFrom: library.bands.highFrom,
    });

  return (
    <LibraryPanel
      name="tips"
      title={
        <>
          {t('library.tips.title')}{' '}
          <span
            className={`badge ${edited ? 'badge--edited' : 'badge--builtin'}`}
            data-testid="tips-status"
          >
            {edited ? t('library.tips.edited') : t('library.tips.shipped')}
          </span>
        </>
      }
      intro={t('library.tips.intro')}
      actions={
        <>
          <UnsavedIndicator dirty={dirty} />
          <button
            type="button"
            className="button"
            disabled={busy || (!edited && !dirty)}
            onClick={() => setConfirmReset(true)}
          >
            {t('library.tips.restore')}
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={save}>
            {t('library.tips.save')}
          </button>
        </>
      }
    >
      <EditorFeedback
        action={action}
        problems={problems.visible}
        problemsTitle={(count) => t('library.tips.problemsTitle', { count })}
      />

      <fieldset className="editor-block tips-bands">
        <legend>{t('library.tips.bands')}</legend>
        <p className="muted">{t('library.tips.bandsIntro')}</p>
        <div className="editor-scale__range">
          <NumberInput
            label={t('library.tips.mediumFrom')}
            value={library.bands.mediumFrom}
            error={errorAt('bands.mediumFrom')}
            onChange={(value) => change(setBands(library, value, library.bands.highFrom))}
          />
          <NumberInput
            label={t('library.tips.highFrom')}
            value={library.bands.highFrom}
            error={errorAt('bands.highFrom')}
            onChange={(value) => change(setBands(library, library.bands.mediumFrom, value))}
          />
        </div>
      </fieldset>

      <div className="toolbar">
        <label htmlFor={selectId}>{t('library.tips.dimension')}</label>
        <select
          id={selectId}
          value={dimension ?? ''}
          onChange={(event) => setChosen(event.target.value)}
        >
          {codes.map((code) => (
            <option key={code} value={code}>
              {dimensionName(code)} —{' '}
              {t('library.tips.tipCount', {
                count: library.tips.filter((tip) => tip.dimension === code).length,
              })}
            </option>
          ))}
        </select>
      </div>

      {dimension &&
        SCORE_BANDS.map((band) => {
          const tips = tipsOf(library, dimension, band);
          return (
            <section key={band} className="tips-band" aria-labelledby={`tips-band-${band}`}>
              <h3 id={`tips-band-${band}`}>{bandLabel(band)}</h3>
              {tips.length === 0 && <p className="muted">{t('library.tips.noneInBand')}</p>}
              {tips.map(({ tip, index }, position) => {
                const label = t('library.tips.tipLabel', {
                  number: position + 1,
                  band: t(`results.band.${band}`),
                });
                return (
                  <fieldset key={tip.id} className="editor-block" data-testid="tip-editor">
                    <legend>{label}</legend>
                    <LocalizedInputs
                      label={t('library.tips.tipTitle', { tip: label })}
                      value={tip.title}
                      autoFocus={focusId === tip.id}
                      error={errorAt(`tips.${index}.title`)}
                      onChange={(title) => change(updateTip(library, tip.id, { title }))}
                    />
                    <LocalizedInputs
                      label={t('library.tips.tipText', { tip: label })}
                      value={tip.text}
                      multiline
                      rows={4}
                      error={errorAt(`tips.${index}.text`)}
                      onChange={(text) => change(updateTip(library, tip.id, { text }))}
                    />
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => change(removeTip(library, tip.id))}
                    >
                      {t('library.tips.remove', { tip: label })}
                    </button>
                  </fieldset>
                );
              })}
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  const added = addTip(library, dimension, band);
                  change(added.library, added.id);
                }}
              >
                {t('library.tips.add', { band: t(`results.band.${band}`) })}
              </button>
            </section>
          );
        })}

      <ConfirmDialog
        open={confirmReset}
        title={t('library.tips.restoreTitle')}
        confirmLabel={t('library.tips.restore')}
        danger
        onCancel={() => setConfirmReset(false)}
        onConfirm={reset}
      >
        <p>{t('library.tips.restoreText')}</p>
      </ConfirmDialog>
    </LibraryPanel>
  );
}
