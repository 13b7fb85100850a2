import { useId, useState } from 'react';

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
