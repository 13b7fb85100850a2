import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { bytesToBase64 } from '@shared/ipc/wire';
import {
  CHART_FORMATS,
  HEX_COLOUR,
  SUGGESTED_FONTS,
  houseStyleSchema,
  type HouseStyle,
  type HouseStyleInfo,
} from '@shared/report/settings';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { validationMessage } from '@renderer/i18n';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { SaveIndicator, type SaveState } from '@renderer/components/SaveIndicator';
import { FilePickButton, uploadOf } from '../library/FilePickButton';

const SAVE_DELAY_MS = 500;

/** The firm's house style, set once for every engagement's report. */
export function HouseStylePanel() {
  const { t } = useTranslation();
  const loaded = useCall('report.houseStyle.get', {});
  if (loaded.error) return <ErrorBanner error={loaded.error} />;
  if (!loaded.data) return <p className="muted">{t('app.loading')}</p>;
  return <HouseStyleForm initial={loaded.data} />;
}

function HouseStyleForm({ initial }: { initial: HouseStyleInfo }) {
  const { t } = useTranslation();
  const fontListId = useId();
  const [info, setInfo] = useState(initial);
  const [style, setStyle] = useState<HouseStyle>(initial.style);
  const [errors, setErrors] = useState<Partial<Record<keyof HouseStyle, string>>>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<IpcError>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(style);

  async function save(next: HouseStyle) {
    const parsed = houseStyleSchema.safeParse(next);
    if (!parsed.success) {
      const fieldErrors: Partial<Record<keyof HouseStyle, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof HouseStyle;
        fieldErrors[field] = validationMessage(t, issue.message);
      }
      setErrors(fieldErrors);
      setSaveState('idle');
      return;
    }
    setErrors({});
    setSaveState('saving');
    try {
      setInfo(await invoke('report.houseStyle.save', parsed.data));
      setSaveState('saved');
    } catch (reason) {
      setError(asIpcError(reason));
      setSaveState('error');
    }
  }

  function change(patch: Partial<HouseStyle>, immediately = false) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setStyle(next);
    clearTimeout(timer.current);
    if (immediately) void save(next);
    else timer.current = setTimeout(() => void save(next), SAVE_DELAY_MS);
  }
  const flush = () => {
    clearTimeout(timer.current);
    void save(latest.current);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  async function upload(kind: 'logo' | 'template', file: File | null) {
    setError(undefined);
    try {
      const payload = { file: file ? await uploadOf(file) : null };
      setInfo(
        kind === 'logo'
          ? await invoke('report.houseStyle.setLogo', payload)
          : await invoke('report.houseStyle.setTemplate', payload),
      );
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  const logoSrc = info.logo
    ? `data:${info.logo.mimeType};base64,${bytesToBase64(info.logo.bytes)}`
    : null;

  return (
    <section className="card house-style" aria-labelledby="house-style-heading">
      <div className="house-style__head">
        <h2 id="house-style-heading">{t('report.houseStyle.title')}</h2>
        <SaveIndicator state={saveState} />
      </div>
      <p className="muted">{t('report.houseStyle.intro')}</p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <div className="form-grid">
        <Field label={t('report.houseStyle.firmName')} error={errors.firmName}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              value={style.firmName}
              maxLength={120}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => change({ firmName: event.target.value })}
              onBlur={flush}
            />
          )}
        </Field>
        <Field label={t('report.houseStyle.accentColourText')} error={errors.accentColour}>
          {({ id, describedBy, invalid }) => (
            <span className="house-style__colour">
              <input
                type="color"
                aria-label={t('report.houseStyle.accentColour')}
                value={HEX_COLOUR.test(style.accentColour) ? style.accentColour : '#1f4e79'}
                onChange={(event) =>
                  change({ accentColour: event.target.value.toUpperCase() }, true)
                }
              />
              <input
                id={id}
                type="text"
                value={style.accentColour}
                maxLength={7}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => change({ accentColour: event.target.value })}
                onBlur={flush}
              />
            </span>
          )}
        </Field>
        <Field
          label={t('report.houseStyle.headingFont')}
          hint={t('report.houseStyle.fontHint')}
          error={errors.headingFont}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              list={fontListId}
              value={style.headingFont}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => change({ headingFont: event.target.value })}
              onBlur={flush}
            />
          )}
        </Field>
        <Field label={t('report.houseStyle.bodyFont')} error={errors.bodyFont}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              list={fontListId}
              value={style.bodyFont}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => change({ bodyFont: event.target.value })}
              onBlur={flush}
            />
          )}
        </Field>
        <Field
          label={t('report.houseStyle.chartFormat')}
          hint={t('report.houseStyle.chartFormatHint')}
        >
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={style.chartFormat}
              onChange={(event) =>
                change({ chartFormat: event.target.value as HouseStyle['chartFormat'] }, true)
              }
            >
              {CHART_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {t(`report.houseStyle.chartFormats.${format}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={style.numberedHeadings}
            onChange={(event) => change({ numberedHeadings: event.target.checked }, true)}
          />
          {t('report.houseStyle.numberedHeadings')}
        </label>
        <datalist id={fontListId}>
          {SUGGESTED_FONTS.map((font) => (
            <option key={font} value={font} />
          ))}
        </datalist>
      </div>

      <div className="house-style__asset">
        <h3>{t('report.houseStyle.logo')}</h3>
        <p className="muted">{t('report.houseStyle.logoHint')}</p>
        {logoSrc ? (
          <img className="house-style__logo" src={logoSrc} alt={t('report.houseStyle.logoAlt')} />
        ) : (
          <p>{t('report.houseStyle.noLogo')}</p>
        )}
        <div className="toolbar">
          <FilePickButton
            label={
              info.logo ? t('report.houseStyle.replaceLogo') : t('report.houseStyle.uploadLogo')
            }
            accept=".png,.svg,image/png,image/svg+xml"
            onPick={(file) => void upload('logo', file)}
          />
          {info.logo && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void upload('logo', null)}
            >
              {t('report.houseStyle.removeLogo')}
            </button>
          )}
        </div>
      </div>

      <div className="house-style__asset">
        <h3>{t('report.houseStyle.template')}</h3>
        <p className="muted">{t('report.houseStyle.templateHint')}</p>
        {info.template ? (
          <>
            <p>
              <strong>{info.template.fileName}</strong> —{' '}
              {t('report.houseStyle.templateStyles', {
                count: info.template.styleNames.length,
                names: info.template.styleNames.slice(0, 5).join(', '),
              })}
            </p>
            <label className="checkbox-label">
              <input
                type="checkbox"
                checked={style.useTemplate}
                onChange={(event) => change({ useTemplate: event.target.checked }, true)}
              />
              {t('report.houseStyle.useTemplate')}
            </label>
          </>
        ) : (
          <p>{t('report.houseStyle.noTemplate')}</p>
        )}
        <div className="toolbar">
          <FilePickButton
            label={
              info.template
                ? t('report.houseStyle.replaceTemplate')
                : t('report.houseStyle.uploadTemplate')
            }
            accept=".docx,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.wordprocessingml.template"
            onPick={(file) => void upload('template', file)}
          />
          {info.template && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void upload('template', null)}
            >
              {t('report.houseStyle.removeTemplate')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
