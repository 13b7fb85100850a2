import type { FileDownload } from '@shared/ipc/files';

/**
 * Offers a file made in main to the consultant. In the browser host this is a download; in
 * Electron the same download opens the native save dialog.
 */
export function saveFile(file: FileDownload): void {
  const blob = new Blob([file.bytes as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file the consultant picked into the shape the IPC contract takes. */
export async function readPickedFile(
  file: File,
): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
