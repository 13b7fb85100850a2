import { memo, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/engagements/model';
import type { Language } from '@shared/questionnaire/instrument';
import { localized } from '@shared/questionnaire/instrument';
import { errorMessage } from '@renderer/i18n';
import type { GridColumn, GridRow } from './grid-model';

/** The editor open in the active cell: free text, or the list of groups. */
export type CellEditor =
  | { kind: 'text'; initial: string }
  /** `openList`: opened by a click, so the native list drops down at once. */
  | { kind: 'group'; openList: boolean };

export interface EditorEvents {
  /** Enter/Tab/arrows finish editing: `move` says where to go next. False: text refused. */
  onCommit(text: string, move: 'next' | 'previous' | 'up' | 'down' | 'stay'): boolean;
  onCancel(): void;
  onGroupChosen(groupId: number): void;
  onGroupDone(move: 'next' | 'previous' | 'stay'): void;
}

interface GridRowViewProps {
  row: GridRow;
  index: number;
  columns: GridColumn[];
  groups: Group[];
  language: Language;
  /** The active column when this row holds the active cell, else -1. */
  activeCol: number;
  editor: CellEditor | null;
  editorEvents: EditorEvents | null;
  /** Text typed into the active cell that is not a value yet (e.g. "1" of 10). */
  pending: string | null;
  /** Increases each time a key was refused in the active cell, to replay the signal. */
  refusedNonce: number;
}

const MAX_TEXT: Record<'code' | 'role' | 'open', number> = { code: 40, role: 120, open: 5000 };

function cellText(row: GridRow, column: GridColumn, groups: Group[]): string {
  switch (column.kind) {
    case 'code':
      return row.code;
    case 'role':
      return row.role;
    case 'group':
      return groups.find((group) => group.id === row.groupId)?.name ?? '';
    default: {
      const value = row.answers[column.item.code];
      return value === undefined ? '' : String(value);
    }
  }
}

function StatusMark({ row }: { row: GridRow }) {
  const { t } = useTranslation();
  const label =
    row.status === 'error' && row.error
      ? `${t('capture.grid.status.error')} — ${errorMessage(t, row.error)}`
      : t(`capture.grid.status.${row.status}`);
  const glyph = { new: '+', dirty: '•', saving: '…', saved: '✓', error: '!' }[row.status];
  return (
    <span className={`grid-status grid-status--${row.status}`} title={label}>
      <span aria-hidden="true">{glyph}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/**
 * One respondent in the grid. Memoised: typing in one row re-renders that row only, which keeps
 * 200 rows × 60 items responsive.
 */
export const GridRowView = memo(function GridRowView({
  row,
  index,
  columns,
  groups,
  language,
  activeCol,
  editor,
  editorEvents,
  pending,
  refusedNonce,
}: GridRowViewProps) {
  const { t } = useTranslation();
  return (
    <tr
      className={`grid-row grid-row--${row.status}`}
      data-row-key={row.key}
      data-index={index}
      aria-rowindex={index + 2}
    >
      <th scope="row" className="grid-cell grid-cell--head">
        <span className="grid-row__number">{index + 1}</span>
        <StatusMark row={row} />
        <button
          type="button"
          className="grid-row__delete"
          tabIndex={-1}
          data-action="delete"
          aria-label={t('capture.grid.deleteRow', { code: row.code })}
          title={t('capture.grid.deleteRow', { code: row.code })}
        >
          ×
        </button>
      </th>
      {columns.map((column, col) => {
        const active = col === activeCol;
        const text = active && pending !== null ? pending : cellText(row, column, groups);
        const scaleLabel =
          column.kind === 'scale' && text !== ''
            ? column.scale.points.find((point) => String(point.value) === text)
            : undefined;
        const classes = [
          'grid-cell',
          `grid-cell--${column.kind}`,
          col < 3 ? `grid-cell--sticky-${col}` : '',
          active ? 'grid-cell--active' : '',
          active && pending !== null ? 'grid-cell--pending' : '',
          active && editor ? 'grid-cell--editing' : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <td
            key={col}
            role="gridcell"
            className={classes}
            tabIndex={active ? 0 : -1}
            data-col={col}
            title={
              scaleLabel
                ? localized(scaleLabel.label, language)
                : column.kind !== 'scale' && text
                  ? text
                  : undefined
            }
          >
            {active && refusedNonce > 0 && <RefusedFlash key={refusedNonce} />}
            {active && editor && editorEvents ? (
              editor.kind === 'group' ? (
                <GroupEditor
                  groups={groups}
                  value={row.groupId}
                  openList={editor.openList}
                  events={editorEvents}
                />
              ) : (
                <TextEditor
                  initial={editor.initial}
                  multiline={column.kind === 'open'}
                  maxLength={
                    MAX_TEXT[
                      column.kind === 'open' ? 'open' : column.kind === 'role' ? 'role' : 'code'
                    ]
                  }
                  label={t('capture.grid.editing')}
                  events={editorEvents}
                />
              )
            ) : (
              <span className="grid-cell__text">{text}</span>
            )}
          </td>
        );
      })}
    </tr>
  );
});

/** A short red outline on the cell after a refused key (replayed for every refusal). */
function RefusedFlash() {
  return <span className="grid-cell__refused" aria-hidden="true" />;
}

function TextEditor({
  initial,
  multiline,
  maxLength,
  label,
  events,
}: {
  initial: string;
  multiline: boolean;
  maxLength: number;
  label: string;
  events: EditorEvents;
}) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const finished = useRef(false);

  // Focus before the next key arrives, so fast typing lands in the editor.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  function finish(move: Parameters<EditorEvents['onCommit']>[1]) {
    finished.current = events.onCommit(ref.current?.value ?? '', move);
  }

  function onKeyDown(event: KeyboardEvent) {
    // The editor owns its keys; the grid must not also act on them.
    event.stopPropagation();
    const { key, shiftKey, altKey } = event;
    if (key === 'Enter' && !(multiline && (shiftKey || altKey))) {
      event.preventDefault();
      finish('next');
    } else if (key === 'Tab') {
      event.preventDefault();
      finish(shiftKey ? 'previous' : 'next');
    } else if (key === 'Escape') {
      event.preventDefault();
      finished.current = true;
      events.onCancel();
    } else if (!multiline && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault();
      finish(key === 'ArrowUp' ? 'up' : 'down');
    }
  }

  const common = {
    ref,
    className: 'grid-editor',
    defaultValue: initial,
    maxLength,
    'aria-label': label,
    onKeyDown,
    // Clicking elsewhere keeps what was typed.
    onBlur: () => {
      if (!finished.current) finish('stay');
    },
  };
  return multiline ? (
    <textarea {...common} rows={4} className="grid-editor grid-editor--multiline" />
  ) : (
    <input {...common} type="text" autoComplete="off" spellCheck={false} />
  );
}

/**
 * A native select: its list opens above everything (never clipped by the grid's scrolling),
 * arrow keys change the group, Enter or Tab moves on.
 */
function GroupEditor({
  groups,
  value,
  openList,
  events,
}: {
  groups: Group[];
  value: number;
  openList: boolean;
  events: EditorEvents;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLSelectElement>(null);
  const finished = useRef(false);

  useLayoutEffect(() => {
    const select = ref.current;
    if (!select) return;
    select.focus();
    if (openList) {
      try {
        select.showPicker();
      } catch {
        // Older engines or no user activation: the focused select opens with Space or Alt+↓.
      }
    }
  }, [openList]);

  function done(move: 'next' | 'previous' | 'stay') {
    finished.current = true;
    events.onGroupDone(move);
  }

  return (
    <select
      ref={ref}
      className="grid-editor grid-editor--group"
      value={value}
      aria-label={t('capture.grid.group')}
      onChange={(event) => events.onGroupChosen(Number(event.target.value))}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter' || event.key === 'Escape') {
          event.preventDefault();
          done(event.key === 'Enter' ? 'next' : 'stay');
        } else if (event.key === 'Tab') {
          event.preventDefault();
          done(event.shiftKey ? 'previous' : 'next');
        }
      }}
      onBlur={() => {
        if (!finished.current) done('stay');
      }}
    >
      {groups.map((group, position) => (
        <option key={group.id} value={group.id}>
          {position + 1}. {group.name}
        </option>
      ))}
    </select>
  );
}
