/**
 * Offers bytes from main as a file download. A Blob URL with <a download> works the same in the
 * browser host and in Electron (which shows its save dialog).
 */
export function downloadBytes(file: { fileName: string; mimeType: string; bytes: Uint8Array }) {
  const copy = new Uint8Array(file.bytes.byteLength);
  copy.set(file.bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
