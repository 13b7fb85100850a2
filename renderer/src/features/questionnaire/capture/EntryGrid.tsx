import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import type { RespondentView } from '@shared/ipc/questionnaire';
import { localized, type Instrument } from '@shared/questionnaire/instrument';
import { invoke } from '@renderer/ipc/client';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { errorMessage } from '@renderer/i18n';
import { ColumnPanel } from './ColumnPanel';
import {
  clampCell,
  columnWidth,
  FIRST_ITEM_COLUMN,
  ROW_HEAD_WIDTH,
  ROW_HEIGHT_PX,
  gridColumns,
  isMissingKey,
  stickyOffsets,
  nextCell,
  previousCell,
  rowFromRespondent,
  typeIntoScale,
  type CellPosition,
  type GridColumn,
  type GridRow,
} from './grid-model';
import { GridStore } from './grid-store';
import { GridRowView, type CellEditor, type EditorEvents } from './GridRowView';

interface EntryGridProps {
  engagement: Engagement;
  instrumentId: number;
  instrument: Instrument;
  respondents: RespondentView[];
  onCountChanged: () => void;
  /** Lets the toolbar wait for unsaved rows before exporting. */
  onStoreReady?: (store: GridStore) => void;
}

/** Rows drawn above and below the visible ones, so fast scrolling never shows a gap. */
const OVERSCAN_ROWS = 12;

/**
 * The keyboard-first data-entry grid: one row per paper form, one column per item. Digits type
 * a value (refused when off the scale), Tab/Enter move on, arrows navigate, a row is saved when
 * the consultant leaves it or pauses.
 */
export function EntryGrid({
  engagement,
  instrumentId,
  instrument,
  respondents,
  onCountChanged,
  onStoreReady,
}: EntryGridProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const groups = engagement.groups;
  const columns = useMemo(() => gridColumns(instrument), [instrument]);
  const tableWidth = useMemo(
    () => columns.reduce((sum, column) => sum + columnWidth(column), ROW_HEAD_WIDTH),
    [columns],
  );
  const sticky = useMemo(() => stickyOffsets(columns), [columns]);
  const stickyStyle = {
    ...Object.fromEntries(sticky.lefts.map((left, col) => [`--grid-sticky-${col}`, `${left}rem`])),
    '--grid-sticky-end': `${sticky.end}rem`,
  } as CSSProperties;
  const [message, setMessage] = useState<{ text: string; nonce: number }>();
  const announce = useCallback(
    (text: string) => setMessage((previous) => ({ text, nonce: (previous?.nonce ?? 0) + 1 })),
    [],
  );

  const [store] = useState(
    () =>
      new GridStore(respondents.map(rowFromRespondent), groups[0]?.id ?? 0, {
        saveRespondent: (row) =>
          invoke('respondents.save', {
            engagementId: engagement.id,
            instrumentId,
            ...(row.id !== null ? { id: row.id } : {}),
            code: row.code,
            groupId: row.groupId,
            role: row.role,
            answers: row.answers,
          }),
        deleteRespondent: async (id) => {
          await invoke('respondents.delete', { engagementId: engagement.id, id });
        },
        onCountChanged,
        onSaveFailed: (row, error) => announce(saveFailedMessage(row, error)),
      }),
  );
  const rows = useSyncExternalStore(store.subscribe, store.getRows);

  function saveFailedMessage(row: GridRow, error: IpcError) {
    return t('capture.grid.saveFailed', { code: row.code, reason: errorMessage(t, error) });
  }

  useEffect(() => {
    onStoreReady?.(store);
    return () => store.dispose();
  }, [store, onStoreReady]);

  const [active, setActive] = useState<CellPosition>({
    row: Math.max(0, rows.length - 1),
    col: FIRST_ITEM_COLUMN < columns.length ? FIRST_ITEM_COLUMN : 0,
  });
  const [editor, setEditor] = useState<CellEditor | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  /** The cell that just refused a key, to flash it; cleared when the cursor moves. */
  const [refused, setRefused] = useState<{ row: number; col: number; nonce: number } | null>(null);
  const [autoAdvance, setAutoAdvance] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<GridRow | null>(null);
  const tbody = useRef<HTMLTableSectionElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const focusWanted = useRef(false);
  const afterGrid = useRef<HTMLButtonElement>(null);

  const safeActive = clampCell(active, rows.length, columns.length);
  const activeRow = rows[safeActive.row];
  const activeColumn = columns[safeActive.col];

  // Only the rows in view (and a margin) are in the page: 10,000 forms scroll like 10.
  // The app does not use the React Compiler, which is what this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => rows[index]?.key ?? index,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualRows.at(-1)?.end ?? 0);
  /** How many rows PageUp/PageDown move: a window's height. */
  const pageRows = () =>
    Math.max(
      1,
      Math.floor((scroller.current?.clientHeight ?? 10 * ROW_HEIGHT_PX) / ROW_HEIGHT_PX) - 2,
    );

  // Keyboard and mouse moves ask for the new cell to take the focus once it has rendered: the
  // row is scrolled into view first when it is outside the drawn range.
  useEffect(() => {
    if (!focusWanted.current || editor) return;
    const row = tbody.current?.querySelector<HTMLTableRowElement>(
      `tr[data-index="${safeActive.row}"]`,
    );
    if (!row) {
      virtualizer.scrollToIndex(safeActive.row, { align: 'auto' });
      return;
    }
    focusWanted.current = false;
    const cell = row.cells[safeActive.col + 1];
    cell?.focus();
  });

  function moveTo(target: CellPosition | null) {
    if (!target) return;
    const next = clampCell(target, rows.length, columns.length);
    const leaving = activeRow && rows[next.row]?.key !== activeRow.key;
    if (leaving) void store.save(activeRow.key);
    setPending(null);
    setEditor(null);
    setRefused(null);
    focusWanted.current = true;
    setActive(next);
  }

  function moveOn(from: CellPosition = safeActive) {
    const next = nextCell(from, rows.length, columns.length);
    if (next) return moveTo(next);
    // Past the last cell of the last row: a new paper form starts.
    addRowAndFocus();
  }

  function addRowAndFocus() {
    if (activeRow) void store.save(activeRow.key);
    store.addRow();
    setPending(null);
    setEditor(null);
    focusWanted.current = true;
    setActive({
      row: store.getRows().length - 1,
      col: Math.min(FIRST_ITEM_COLUMN, columns.length - 1),
    });
  }

  function refuse(text: string) {
    setRefused((previous) => ({ ...safeActive, nonce: (previous?.nonce ?? 0) + 1 }));
    announce(text);
  }

  function scaleHint(column: Extract<GridColumn, { kind: 'scale' }>) {
    return t('capture.grid.refusedValue', {
      item: column.item.code,
      min: column.scale.min,
      max: column.scale.max,
    });
  }

  function typeIntoActive(key: string) {
    if (!activeRow || !activeColumn) return;
    switch (activeColumn.kind) {
      case 'scale': {
        if (isMissingKey(key, activeColumn.scale)) {
          store.setAnswer(activeRow.key, activeColumn.item.code, null);
          moveOn();
          return;
        }
        const result = typeIntoScale(pending, key, activeColumn.scale);
        if (result.kind === 'refused') {
          refuse(`${t('capture.grid.refused', { text: result.text })} ${scaleHint(activeColumn)}`);
          return;
        }
        if (result.kind === 'partial') {
          setPending(result.text);
          return;
        }
        store.setAnswer(activeRow.key, activeColumn.item.code, result.value);
        setMessage(undefined);
        if (autoAdvance && result.complete) moveOn();
        else setPending(result.complete ? null : result.text);
        return;
      }
      case 'group': {
        const position = Number(key);
        const byNumber = /^[1-9]$/.test(key) ? groups[position - 1] : undefined;
        const byLetter = groups.find((group) =>
          group.name.toLocaleLowerCase().startsWith(key.toLocaleLowerCase()),
        );
        const group = byNumber ?? (/^\d$/.test(key) ? undefined : byLetter);
        if (!group) {
          refuse(t('capture.grid.refusedGroup', { count: groups.length }));
          return;
        }
        store.edit(activeRow.key, { groupId: group.id });
        setMessage(undefined);
        if (autoAdvance) moveOn();
        return;
      }
      default:
        setEditor({ kind: 'text', initial: key });
    }
  }

  function clearActive() {
    if (!activeRow || !activeColumn) return;
    setPending(null);
    switch (activeColumn.kind) {
      case 'code':
        refuse(t('capture.grid.codeRequired'));
        return;
      case 'group':
        refuse(t('capture.grid.groupRequired'));
        return;
      case 'role':
        store.edit(activeRow.key, { role: '' });
        return;
      default:
        store.setAnswer(activeRow.key, activeColumn.item.code, null);
    }
  }

  function startEditing() {
    if (!activeRow || !activeColumn) return;
    if (activeColumn.kind === 'group') setEditor({ kind: 'group', openList: false });
    else if (activeColumn.kind === 'code') setEditor({ kind: 'text', initial: activeRow.code });
    else if (activeColumn.kind === 'role') setEditor({ kind: 'text', initial: activeRow.role });
    else if (activeColumn.kind === 'open') {
      const value = activeRow.answers[activeColumn.item.code];
      setEditor({ kind: 'text', initial: typeof value === 'string' ? value : '' });
    }
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (editor || !activeRow) return;
    const { key, shiftKey, ctrlKey, metaKey, altKey } = event;
    const at = safeActive;
    const handled = () => event.preventDefault();
    switch (key) {
      case 'ArrowUp':
        handled();
        if (altKey) return;
        return moveTo({ row: at.row - 1, col: at.col });
      case 'ArrowDown':
        handled();
        if (altKey && activeColumn?.kind === 'group') {
          return setEditor({ kind: 'group', openList: true });
        }
        return moveTo({ row: at.row + 1, col: at.col });
      case 'ArrowLeft':
        handled();
        return moveTo({ row: at.row, col: at.col - 1 });
      case 'ArrowRight':
        handled();
        return moveTo({ row: at.row, col: at.col + 1 });
      case 'Home':
        handled();
        return moveTo({ row: ctrlKey ? 0 : at.row, col: 0 });
      case 'End':
        handled();
        return moveTo({ row: ctrlKey ? rows.length - 1 : at.row, col: columns.length - 1 });
      case 'PageUp':
        handled();
        return moveTo({ row: at.row - pageRows(), col: at.col });
      case 'PageDown':
        handled();
        return moveTo({ row: at.row + pageRows(), col: at.col });
      case 'Tab': {
        const target = shiftKey
          ? previousCell(at, columns.length)
          : nextCell(at, rows.length, columns.length);
        // At either end of the grid, Tab leaves it like any other control.
        if (!target) {
          void store.save(activeRow.key);
          return;
        }
        handled();
        return moveTo(target);
      }
      case 'Enter':
        handled();
        if (ctrlKey || metaKey) return addRowAndFocus();
        return moveOn();
      case 'F2':
        handled();
        return startEditing();
      case 'Escape':
        handled();
        setPending(null);
        void store.save(activeRow.key);
        afterGrid.current?.focus();
        return;
      case 'Backspace':
      case 'Delete':
        handled();
        if (key === 'Delete' && (ctrlKey || metaKey)) return setConfirmDelete(activeRow);
        return clearActive();
      case ' ':
        if (activeColumn?.kind === 'group') {
          handled();
          return setEditor({ kind: 'group', openList: true });
        }
        break;
    }
    if (key.length === 1 && !ctrlKey && !metaKey && !altKey) {
      handled();
      typeIntoActive(key);
    }
  }

  function onGridClick(event: MouseEvent<HTMLTableElement>) {
    const target = event.target as HTMLElement;
    const cell = target.closest('td, th');
    const tr = cell?.parentElement;
    if (!cell || !(tr instanceof HTMLTableRowElement) || tr.parentElement !== tbody.current) return;
    const rowIndex = Number(tr.dataset.index);
    if (Number.isNaN(rowIndex)) return;
    if (target.closest('[data-action="delete"]')) {
      const row = rows[rowIndex];
      if (row) setConfirmDelete(row);
      return;
    }
    const col = Number((cell as HTMLElement).dataset.col);
    if (Number.isNaN(col) || target.closest('.grid-editor')) return;
    if (rowIndex !== safeActive.row || col !== safeActive.col) moveTo({ row: rowIndex, col });
    else focusWanted.current = true;
    // The group is chosen from a list: one click opens it.
    if (columns[col]?.kind === 'group') setEditor({ kind: 'group', openList: true });
  }

  function onGridDoubleClick() {
    if (activeColumn?.kind !== 'scale') startEditing();
  }

  const editorEvents: EditorEvents = {
    onCommit: (text, move) => {
      if (!activeRow || !activeColumn) return false;
      const value = text.trim();
      if (activeColumn.kind === 'code') {
        if (value === '') {
          refuse(t('capture.grid.codeRequired'));
          return false;
        }
        if (rows.some((row) => row.key !== activeRow.key && row.code === value)) {
          refuse(t('capture.grid.codeTaken', { code: value }));
          return false;
        }
        if (value !== activeRow.code) store.edit(activeRow.key, { code: value, codeAuto: false });
      } else if (activeColumn.kind === 'role') {
        if (value !== activeRow.role) store.edit(activeRow.key, { role: value });
      } else if (activeColumn.kind === 'open') {
        store.setAnswer(activeRow.key, activeColumn.item.code, value === '' ? null : value);
      }
      finishEditing(move);
      return true;
    },
    onCancel: () => finishEditing('stay'),
    onGroupChosen: (groupId) => {
      if (activeRow) store.edit(activeRow.key, { groupId });
    },
    onGroupDone: (move) => finishEditing(move),
  };

  function finishEditing(move: 'next' | 'previous' | 'up' | 'down' | 'stay') {
    setEditor(null);
    focusWanted.current = true;
    const at = safeActive;
    if (move === 'next') moveOn(at);
    else if (move === 'previous') moveTo(previousCell(at, columns.length) ?? at);
    else if (move === 'up') moveTo({ row: at.row - 1, col: at.col });
    else if (move === 'down') moveTo({ row: at.row + 1, col: at.col });
    else setActive({ ...at });
  }

  const counts = useMemo(() => {
    const saved = rows.filter((row) => row.id !== null).length;
    return {
      saved,
      unsaved: rows.filter((row) => row.status === 'dirty' || row.status === 'error').length,
    };
  }, [rows]);

  return (
    <div className="entry-grid" style={stickyStyle}>
      <div className="entry-grid__toolbar">
        <span>{t('capture.grid.rowCount', { count: counts.saved })}</span>
        {/* Always in its place (hidden when nothing waits), so the grid never moves. */}
        <span
          className="entry-grid__unsaved"
          style={{ visibility: counts.unsaved > 0 ? 'visible' : 'hidden' }}
          aria-hidden={counts.unsaved === 0}
        >
          {t('capture.grid.unsavedCount', { count: counts.unsaved })}
        </span>
        <label className="entry-grid__option">
          <input
            type="checkbox"
            checked={autoAdvance}
            onChange={(event) => setAutoAdvance(event.target.checked)}
          />{' '}
          {t('capture.grid.autoAdvance')}
        </label>
        <div className="entry-grid__message" role="alert">
          {message && (
            <p key={message.nonce} title={message.text}>
              {message.text}
            </p>
          )}
        </div>
      </div>
      <div className="entry-grid__layout">
        <div className="entry-grid__scroll" ref={scroller}>
          <table
            className="entry-grid__table"
            style={{ width: `${tableWidth}rem` }}
            role="grid"
            aria-label={t('capture.grid.label')}
            aria-describedby="entry-grid-keys"
            aria-rowcount={rows.length + 1}
            aria-colcount={columns.length + 1}
            onKeyDown={onGridKeyDown}
            onClick={onGridClick}
            onDoubleClick={onGridDoubleClick}
            onBlur={(event) => {
              const leavingGrid = !event.currentTarget.contains(event.relatedTarget as Node | null);
              if (leavingGrid && activeRow) void store.save(activeRow.key);
            }}
          >
            <colgroup>
              <col style={{ width: `${ROW_HEAD_WIDTH}rem` }} />
              {columns.map((column, col) => (
                <col key={col} style={{ width: `${columnWidth(column)}rem` }} />
              ))}
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col" className="grid-cell grid-cell--head grid-header">
                  <span className="visually-hidden">{t('capture.grid.rowHeader')}</span>#
                </th>
                {columns.map((column, col) => (
                  <ColumnHeader
                    key={col}
                    column={column}
                    col={col}
                    active={col === safeActive.col}
                  />
                ))}
              </tr>
            </thead>
            <tbody ref={tbody}>
              {paddingTop > 0 && (
                <tr className="grid-spacer" aria-hidden="true" style={{ height: paddingTop }} />
              )}
              {virtualRows.map((virtualRow) => {
                const index = virtualRow.index;
                const row = rows[index];
                if (!row) return null;
                const isActive = index === safeActive.row;
                return (
                  <GridRowView
                    key={row.key}
                    row={row}
                    index={index}
                    columns={columns}
                    groups={groups}
                    language={engagement.language}
                    activeCol={isActive ? safeActive.col : -1}
                    editor={isActive ? editor : null}
                    editorEvents={isActive ? editorEvents : null}
                    pending={isActive ? pending : null}
                    refusedNonce={
                      isActive && refused?.row === index && refused.col === safeActive.col
                        ? refused.nonce
                        : 0
                    }
                  />
                );
              })}
              {paddingBottom > 0 && (
                <tr className="grid-spacer" aria-hidden="true" style={{ height: paddingBottom }} />
              )}
            </tbody>
          </table>
        </div>
        {activeColumn && (
          <ColumnPanel
            column={activeColumn}
            position={safeActive.col - FIRST_ITEM_COLUMN + 1}
            instrument={instrument}
            groups={groups}
            engagementLanguage={engagement.language}
            uiLanguage={language}
          />
        )}
      </div>
      <div className="entry-grid__after toolbar">
        <button ref={afterGrid} type="button" className="button" onClick={addRowAndFocus}>
          {t('capture.grid.addRow')}
        </button>
        <KeyboardHelp />
      </div>
      <ConfirmDialog
        open={confirmDelete !== null}
        title={t('capture.grid.deleteTitle', { code: confirmDelete?.code ?? '' })}
        confirmLabel={t('app.delete')}
        danger
        onCancel={() => setConfirmDelete(null)}
        onConfirm={() => {
          if (confirmDelete) {
            focusWanted.current = true;
            void store.remove(confirmDelete.key);
          }
          setConfirmDelete(null);
        }}
      >
        <p>
          {confirmDelete?.id !== null
            ? t('capture.grid.deleteBody', { code: confirmDelete?.code ?? '' })
            : t('capture.grid.deleteUnsavedBody')}
        </p>
      </ConfirmDialog>
    </div>
  );
}

function ColumnHeader({
  column,
  col,
  active,
}: {
  column: GridColumn;
  col: number;
  active: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const className = [
    'grid-cell',
    'grid-header',
    col < 3 ? `grid-cell--sticky-${col}` : '',
    active ? 'grid-header--active' : '',
    column.kind === 'open' ? 'grid-cell--open' : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (column.kind === 'scale' || column.kind === 'open') {
    // The question's number as on the paper form, and its code; the whole statement is in the
    // tooltip and in the panel beside the grid. Neither line ever wraps.
    const number = col - FIRST_ITEM_COLUMN + 1;
    const text = localized(column.item.text, language);
    return (
      <th scope="col" className={className} title={`${number}. ${text} (${column.item.code})`}>
        <span className="grid-header__number">{number}</span>
        <span className="grid-header__code">{column.item.code}</span>
        <span className="visually-hidden"> {text}</span>
      </th>
    );
  }
  return (
    <th scope="col" className={className}>
      {t(`capture.grid.${column.kind}`)}
    </th>
  );
}

function KeyboardHelp() {
  const { t } = useTranslation();
  const keys = [
    'digits',
    'missing',
    'move',
    'arrows',
    'clear',
    'text',
    'group',
    'newRow',
    'leave',
    'delete',
  ];
  return (
    <details className="entry-grid__help">
      <summary>{t('capture.grid.keys.title')}</summary>
      <dl id="entry-grid-keys">
        {keys.map((key) => (
          <div key={key}>
            <dt>{t(`capture.grid.keys.${key}.keys`)}</dt>
            <dd>{t(`capture.grid.keys.${key}.what`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
