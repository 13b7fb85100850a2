import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import type { EngagementListEntry } from '@shared/ipc/engagements';
import type { Language } from '@shared/questionnaire/instrument';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import { routeHref } from '@renderer/app/router';
import { SampleBadge, StatusBadge } from '@renderer/components/StatusBadge';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ROW_ESTIMATE_PX, rowForKey, rowsToDraw, tableParts } from './engagement-list-model';
import './engagement-list.css';

/** Rows drawn beyond the window's edges, so scrolling and Tab find the next row drawn. */
const OVERSCAN_ROWS = 8;

/**
 * The engagement list as a table that draws only the rows in view (the window scrolls): a
 * workspace with hundreds of engagements opens as fast as one with ten. The table says how many
 * rows it has (aria-rowcount) and where each drawn row stands (aria-rowindex). Tab goes from
 * row to row (the next row is always drawn); the arrow keys, Page Up/Down, Home and End move
 * the focus through the whole list, drawing the row they reach.
 */
export function EngagementTable({ engagements }: { engagements: EngagementListEntry[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const tbody = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  /** The row whose link has the focus: it stays drawn when it scrolls out of view. */
  const [focused, setFocused] = useState<number | null>(null);
  /**
   * The first screen draws only the rows in view: the rows beyond its edges (for scrolling and
   * Tab) follow in the next frame, after the list is on screen.
   */
  const [overscan, setOverscan] = useState(0);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setOverscan(OVERSCAN_ROWS));
    return () => cancelAnimationFrame(frame);
  }, []);
  /** A row the keyboard moved to, to be focused once it is drawn. */
  const focusWanted = useRef<number | null>(null);

  // The rows start below the page header and toolbar: the virtualizer counts from there. Read
  // after every render (a banner above may come or go); set only when it moved.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- no dependencies on purpose, see above
  useLayoutEffect(() => {
    const top = (tbody.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) >= 1) setScrollMargin(top);
  });

  const count = engagements.length;
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan,
    scrollMargin,
    // The window's size is known at once: the first render already draws the rows in view.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    getItemKey: (index) => engagements[index]?.id ?? index,
    rangeExtractor: (range) => rowsToDraw(defaultRangeExtractor(range), focused),
  });
  const parts = tableParts(
    virtualizer.getVirtualItems(),
    scrollMargin,
    scrollMargin + virtualizer.getTotalSize(),
  );

  // A row the keyboard moved to: scrolled to first when it is not drawn, then focused.
  useEffect(() => {
    const wanted = focusWanted.current;
    if (wanted === null) return;
    const link = tbody.current?.querySelector<HTMLAnchorElement>(
      `tr[data-index="${wanted}"] a[data-row-link]`,
    );
    if (!link) {
      virtualizer.scrollToIndex(wanted, { align: 'auto' });
      return;
    }
    focusWanted.current = null;
    link.focus();
  });

  // Stable, so the rows (memo) are drawn again only when their own engagement changes: the
  // scroll margin set after the first render changes the gaps, not the rows. The row with the
  // focus is the one whose link has the key.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLAnchorElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const row = event.currentTarget.closest<HTMLElement>('tr[data-index]');
      const pageRows = Math.max(1, Math.floor(window.innerHeight / ROW_ESTIMATE_PX) - 2);
      const target = rowForKey(event.key, Number(row?.dataset.index ?? -1), count, pageRows);
      if (target === null) return;
      event.preventDefault();
      focusWanted.current = target;
      setFocused(target);
      virtualizer.scrollToIndex(target, { align: 'auto' });
    },
    [count, virtualizer],
  );

  return (
    <>
      <p id="engagement-list-keys" className="visually-hidden">
        {t('engagements.listKeys')}
      </p>
      <table
        className="data-table engagement-list"
        aria-label={t('engagements.title')}
        aria-describedby="engagement-list-keys"
        aria-rowcount={engagements.length + 1}
      >
        <colgroup>
          <col className="engagement-list__client" />
          <col className="engagement-list__sector" />
          <col className="engagement-list__period" />
          <col className="engagement-list__status" />
          <col className="engagement-list__figure" />
          <col className="engagement-list__figure" />
          <col className="engagement-list__activity" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('engagements.columns.client')}</th>
            <th scope="col">{t('engagements.columns.sector')}</th>
            <th scope="col">{t('engagements.columns.period')}</th>
            <th scope="col">{t('engagements.columns.status')}</th>
            <th scope="col" className="numeric">
              {t('engagements.columns.responses')}
            </th>
            <th scope="col" className="numeric">
              {t('engagements.columns.interviews')}
            </th>
            <th scope="col">{t('engagements.columns.lastActivity')}</th>
          </tr>
        </thead>
        <tbody
          ref={tbody}
          onFocus={(event) => {
            const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
            if (row) setFocused(Number(row.dataset.index));
          }}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
          }}
        >
          {parts.map((part) => {
            if (part.kind === 'gap') {
              return (
                <tr
                  key={part.key}
                  className="engagement-list__gap"
                  aria-hidden="true"
                  style={{ height: part.height }}
                />
              );
            }
            const engagement = engagements[part.index];
            if (!engagement) return null;
            return (
              <EngagementRow
                key={engagement.id}
                engagement={engagement}
                index={part.index}
                language={language}
                measure={virtualizer.measureElement}
                onKeyDown={onKeyDown}
              />
            );
          })}
        </tbody>
      </table>
    </>
  );
}

interface EngagementRowProps {
  engagement: EngagementListEntry;
  index: number;
  language: Language;
  measure: (row: HTMLTableRowElement | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
}

/** One engagement; drawn again only when its props change (see onKeyDown above). */
const EngagementRow = memo(function EngagementRow({
  engagement,
  index,
  language,
  measure,
  onKeyDown,
}: EngagementRowProps) {
  const { t } = useTranslation();
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} data-testid="engagement-row">
      <td>
        <a
          data-row-link
          onKeyDown={onKeyDown}
          href={routeHref({ screen: 'engagement', id: engagement.id, section: 'overview' })}
        >
          {engagement.clientName}
        </a>{' '}
        {engagement.isSample && <SampleBadge />}
      </td>
      <td>{engagement.sector}</td>
      <td>
        {engagement.startDate || engagement.endDate
          ? `${formatDate(engagement.startDate, language)} – ${formatDate(engagement.endDate, language)}`
          : t('engagements.noPeriod')}
      </td>
      <td>
        <StatusBadge status={engagement.status} />
      </td>
      <td className="numeric" data-testid="engagement-responses">
        {engagement.activity.respondents}
      </td>
      <td
        className="numeric"
        data-testid="engagement-interviews"
        title={t('engagements.interviewsTitle', {
          held: engagement.activity.interviewsHeld,
          total: engagement.activity.interviews,
        })}
      >
        {engagement.activity.interviews === 0
          ? '—'
          : t('engagements.interviewsCell', {
              held: engagement.activity.interviewsHeld,
              total: engagement.activity.interviews,
            })}
      </td>
      <td>{formatDateTime(engagement.activity.lastActivityAt, language)}</td>
    </tr>
  );
});
