import { useId } from 'react';

interface FilePickButtonProps {
  label: string;
  /** The file types offered in the picker, e.g. ".json,application/json". */
  accept: string;
  disabled?: boolean;
  onPick: (file: File) => void;
}

/** A button that opens the file picker; the input stays labelled for screen readers and tests. */
export function FilePickButton({ label, accept, disabled, onPick }: FilePickButtonProps) {
  const id = useId();
  return (
    <span className="file-pick">
      <input
        id={id}
        type="file"
        accept={accept}
        className="file-pick__input"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear the input so picking the same (corrected) file again fires a change.
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
      <label htmlFor={id} className={`button${disabled ? ' button--disabled' : ''}`}>
        {label}
      </label>
    </span>
  );
}

/** A picked file in the shape the IPC contract's file uploads take. */
export async function uploadOf(
  file: File,
): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
