/** Limits that keep a hostile or broken file from exhausting memory or time. */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most data rows below the header. */
  maxRows: number;
  maxColumns: number;
  /** Excel's own limit per cell; a longer cell is not a survey answer. */
  maxCellChars: number;
  /** XLSX: most bytes all zip entries may unpack to together. */
  maxUncompressedBytes: number;
  /** XLSX: most entries in the zip. */
  maxZipEntries: number;
  /** XLSX: an entry that unpacks to more than this many times its packed size is a bomb. */
  maxCompressionRatio: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 5_000,
  maxCellChars: 32_767,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxCompressionRatio: 1_000,
};
