import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/engagements/model';
import { columnLetter, scaleFor, type ColumnTarget, type ImportMapping } from '@shared/import';
import { localized, type Instrument, type Language } from '@shared/questionnaire/instrument';
import { useUiLanguage } from '@renderer/app/ui-language';
import { formatNumber } from '@shared/i18n/format';

interface MappingProps {
  mapping: ImportMapping;
  instrument: Instrument;
  groups: Group[];
  disabled: boolean;
  onChange: (next: ImportMapping) => void;
}

/** Rows of the answer and group tables shown before "show all". */
const MAX_VALUES_SHOWN = 40;

function targetValue(target: ColumnTarget): string {
  return target.kind === 'item' ? `item:${target.itemCode}` : target.kind;
}

function parseTarget(value: string): ColumnTarget {
  if (value.startsWith('item:')) return { kind: 'item', itemCode: value.slice(5) };
  if (value === 'group' || value === 'respondentCode') return { kind: value };
  return { kind: 'ignore' };
}

function shorten(text: string, length = 70): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Which column of the file holds what: an item, the group, the respondent code, or nothing. */
export function ColumnMappingTable({ mapping, instrument, disabled, onChange }: MappingProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const mappedItems = new Map<string, string>();
  for (const column of mapping.columns) {
    if (column.target.kind === 'item')
      mappedItems.set(column.target.itemCode, columnLetter(column.index));
  }

  function change(index: number, value: string) {
    onChange({
      ...mapping,
      columns: mapping.columns.map((column) =>
        column.index === index
          ? { ...column, target: parseTarget(value), reason: 'manual' }
          : column,
      ),
    });
  }

  return (
    <section aria-labelledby="import-columns-heading">
      <h3 id="import-columns-heading">{t('capture.import.columns.title')}</h3>
      <p className="muted">{t('capture.import.columns.intro')}</p>
      <div className="table-scroll">
        <table className="data-table import-table">
          <thead>
            <tr>
              <th scope="col">{t('capture.import.columns.letter')}</th>
              <th scope="col">{t('capture.import.columns.header')}</th>
              <th scope="col">{t('capture.import.columns.target')}</th>
              <th scope="col">{t('capture.import.columns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.columns.map((column) => {
              const letter = columnLetter(column.index);
              const label = t('capture.import.columns.targetOf', {
                column: letter,
                header: column.header,
              });
              return (
                <tr
                  key={column.index}
                  className={column.personalData ? 'import-table__personal' : undefined}
                >
                  <td className="numeric">{letter}</td>
                  <th scope="row" className="import-table__header">
                    {column.header || (
                      <span className="muted">{t('capture.import.columns.noHeader')}</span>
                    )}
                  </th>
                  <td>
                    <select
                      aria-label={label}
                      value={column.personalData ? 'ignore' : targetValue(column.target)}
                      // Names and e-mail addresses never reach the workspace.
                      disabled={disabled || column.personalData}
                      onChange={(event) => change(column.index, event.target.value)}
                    >
                      <option value="ignore">{t('capture.import.target.ignore')}</option>
                      <option value="respondentCode">
                        {t('capture.import.target.respondentCode')}
                      </option>
                      <option value="group">{t('capture.import.target.group')}</option>
                      <optgroup label={t('capture.import.target.items')}>
                        {instrument.items.map((item) => {
                          const elsewhere = mappedItems.get(item.code);
                          const taken = elsewhere !== undefined && elsewhere !== letter;
                          return (
                            <option key={item.code} value={`item:${item.code}`}>
                              {item.code} — {shorten(localized(item.text, language))}
                              {taken
                                ? ` (${t('capture.import.target.alsoIn', { column: elsewhere })})`
                                : ''}
                            </option>
                          );
                        })}
                      </optgroup>
                    </select>
                  </td>
                  <td>
                    {column.personalData ? (
                      <span className="badge badge--personal">
                        {t('capture.import.reason.personalData')}
                      </span>
                    ) : (
                      <span className={`import-reason import-reason--${column.reason}`}>
                        {t(`capture.import.reason.${column.reason}`)}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Which scale value each answer text of the file stands for ("Mee eens" → 4). */
export function LabelMappingTable({ mapping, instrument, disabled, onChange }: MappingProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [showAll, setShowAll] = useState(false);
  if (mapping.labels.length === 0) return null;
  // A column mapped by mistake (dates, free text) brings hundreds of "labels": list a few.
  const shown = showAll ? mapping.labels : mapping.labels.slice(0, MAX_VALUES_SHOWN);
  const bothScales = new Set(mapping.labels.map((label) => label.scale)).size > 1;

  function change(position: number, value: string) {
    onChange({
      ...mapping,
      labels: mapping.labels.map((label, index) =>
        index === position
          ? {
              ...label,
              value: value === '' ? null : value === 'missing' ? 'missing' : Number(value),
            }
          : label,
      ),
    });
  }

  return (
    <section aria-labelledby="import-labels-heading">
      <h3 id="import-labels-heading">{t('capture.import.labels.title')}</h3>
      <p className="muted">{t('capture.import.labels.intro')}</p>
      <table className="data-table import-table import-table--compact">
        <thead>
          <tr>
            <th scope="col">{t('capture.import.labels.text')}</th>
            {bothScales && <th scope="col">{t('capture.import.labels.scale')}</th>}
            <th scope="col" className="numeric">
              {t('capture.import.labels.count')}
            </th>
            <th scope="col">{t('capture.import.labels.value')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((label, index) => {
            const scale = scaleFor(instrument, label.scale);
            const values: number[] = [];
            for (let value = scale.min; value <= scale.max; value++) values.push(value);
            return (
              <tr
                key={`${label.scale}:${label.text}`}
                className={label.value === null ? 'import-table__unmapped' : undefined}
              >
                <th scope="row">{label.text}</th>
                {bothScales && <td>{t(`capture.import.labels.scaleName.${label.scale}`)}</td>}
                <td className="numeric">{formatNumber(label.count, language, 0)}</td>
                <td>
                  <select
                    aria-label={t('capture.import.labels.valueOf', { label: label.text })}
                    value={label.value === null ? '' : String(label.value)}
                    disabled={disabled}
                    onChange={(event) => change(index, event.target.value)}
                  >
                    <option value="">{t('capture.import.labels.unmapped')}</option>
                    {values.map((value) => (
                      <option key={value} value={value}>
                        {pointText(value, scale.points, language)}
                      </option>
                    ))}
                    <option value="missing">{t('capture.import.labels.missing')}</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length < mapping.labels.length && (
        <button type="button" className="button button--quiet" onClick={() => setShowAll(true)}>
          {t('capture.import.showAll', { count: mapping.labels.length })}
        </button>
      )}
    </section>
  );
}

function pointText(
  value: number,
  points: { value: number; label: { nl: string; en: string } }[],
  language: Language,
): string {
  const point = points.find((candidate) => candidate.value === value);
  return point ? `${value} — ${localized(point.label, language)}` : String(value);
}

/** Which engagement group each value of the group column is ("Verkoop" → Verkoop / Commercie). */
export function GroupValueTable({ mapping, groups, disabled, onChange }: MappingProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [showAll, setShowAll] = useState(false);
  if (mapping.groupValues.length === 0) return null;
  const shown = showAll ? mapping.groupValues : mapping.groupValues.slice(0, MAX_VALUES_SHOWN);

  function change(position: number, groupId: string) {
    onChange({
      ...mapping,
      groupValues: mapping.groupValues.map((entry, index) =>
        index === position ? { ...entry, groupId: groupId === '' ? null : groupId } : entry,
      ),
    });
  }

  return (
    <section aria-labelledby="import-groups-heading">
      <h3 id="import-groups-heading">{t('capture.import.groups.title')}</h3>
      <table className="data-table import-table import-table--compact">
        <thead>
          <tr>
            <th scope="col">{t('capture.import.groups.text')}</th>
            <th scope="col" className="numeric">
              {t('capture.import.groups.count')}
            </th>
            <th scope="col">{t('capture.import.groups.group')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry, index) => (
            <tr
              key={entry.text}
              className={entry.groupId === null ? 'import-table__unmapped' : undefined}
            >
              <th scope="row">{entry.text}</th>
              <td className="numeric">{formatNumber(entry.count, language, 0)}</td>
              <td>
                <select
                  aria-label={t('capture.import.groups.groupOf', { value: entry.text })}
                  value={entry.groupId ?? ''}
                  disabled={disabled}
                  onChange={(event) => change(index, event.target.value)}
                >
                  <option value="">{t('capture.import.groups.skip')}</option>
                  {groups.map((group) => (
                    <option key={group.id} value={String(group.id)}>
                      {group.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < mapping.groupValues.length && (
        <button type="button" className="button button--quiet" onClick={() => setShowAll(true)}>
          {t('capture.import.showAll', { count: mapping.groupValues.length })}
        </button>
      )}
    </section>
  );
}
