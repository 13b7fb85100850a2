import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@shared/questionnaire/instrument';
import { LocalizedInputs } from '../LocalizedInputs';

interface CodeInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Hide the label visually inside a compact row (screen readers still read it). */
  compact?: boolean;
  autoFocus?: boolean;
}

/** A short code (item, dimension or need code): no spell checking, monospace. */
export function CodeInput({ label, value, onChange, error, compact, autoFocus }: CodeInputProps) {
  const id = useId();
  return (
    <div className={`code-input${compact ? ' code-input--compact' : ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

interface NumberInputProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  error?: string | undefined;
}

/** A whole number; what is typed stays visible while it is not (yet) a number. */
export function NumberInput({ label, value, onChange, error }: NumberInputProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const shown = Number(text) === value || text.trim() === '' || text === '-' ? text : String(value);
  return (
    <div className="field number-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step={1}
        value={shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = Number(event.target.value);
          if (event.target.value.trim() !== '' && Number.isInteger(parsed)) onChange(parsed);
        }}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Problems about a whole block (a dimension without items, a need without questions). */
export function FieldErrors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="field__error editor-block__errors">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

interface BlockHeadProps {
  codeLabel: string;
  code: string;
  codeError: string | undefined;
  onCode: (code: string) => void;
  nameLabel: string;
  name: LocalizedText;
  nameError: string | undefined;
  /** A block just added takes the focus in its name. */
  autoFocus: boolean;
  onName: (name: LocalizedText) => void;
  removeLabel: string;
  onRemove: () => void;
}

/** The head of a dimension or a customer need: its code, its name in both languages, remove. */
export function BlockHead(props: BlockHeadProps) {
  return (
    <div className="editor-block__head">
      <CodeInput
        label={props.codeLabel}
        value={props.code}
        error={props.codeError}
        onChange={props.onCode}
      />
      <LocalizedInputs
        label={props.nameLabel}
        value={props.name}
        error={props.nameError}
        autoFocus={props.autoFocus}
        onChange={props.onName}
      />
      <button
        type="button"
        className="button button--small button--danger editor-block__remove"
        onClick={props.onRemove}
      >
        {props.removeLabel}
      </button>
    </div>
  );
}

/** Removes one statement or open question (named by its code) from its list. */
export function RemoveItemButton({ code, onRemove }: { code: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const label = t('library.editor.removeItem', { code });
  return (
    <button
      type="button"
      className="button button--icon button--danger"
      aria-label={label}
      title={label}
      onClick={onRemove}
    >
      ✕
    </button>
  );
}
