import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './file-pick.css';

interface FilePickButtonProps {
  label: string;
  /** The file types offered in the picker, e.g. ".json,application/json". */
  accept: string;
  disabled?: boolean;
  onPick: (file: File) => void;
  /** Shows the chosen file's name (or "no file chosen") beside the button when given. */
  fileName?: string | null | undefined;
  /** Extra class for the button (e.g. button--primary). */
  buttonClass?: string;
  describedBy?: string | undefined;
  testId?: string;
}

/**
 * The app's file picker: a button in the UI's language (never the browser's "Choose File"); the
 * native input stays, hidden but labelled, for the keyboard, screen readers and tests.
 */
export function FilePickButton({
  label,
  accept,
  disabled,
  onPick,
  fileName,
  buttonClass,
  describedBy,
  testId,
}: FilePickButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="file-pick">
      <input
        id={id}
        type="file"
        accept={accept}
        className="file-pick__input"
        disabled={disabled}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear the input so picking the same (corrected) file again fires a change.
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
      <label
        htmlFor={id}
        className={['button', buttonClass, disabled ? 'button--disabled' : '']
          .filter(Boolean)
          .join(' ')}
      >
        {label}
      </label>
      {fileName !== undefined && (
        <span className="file-pick__name">{fileName ?? t('app.noFileChosen')}</span>
      )}
    </span>
  );
}

/** A picked file in the shape the IPC contract's file uploads take. */
export async function uploadOf(
  file: File,
): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
