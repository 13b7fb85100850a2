/**
 * Errors cross the IPC boundary as data: a message key the UI translates (see
 * shared/i18n/locales), optional parameters, and for validation failures the offending fields.
 * Never a stack trace.
 */
export type ErrorKey =
  | 'errors.validation'
  | 'errors.unknownCall'
  | 'errors.notFound'
  | 'errors.conflict'
  | 'errors.internal'
  | 'errors.forbidden'
  | 'errors.workspaceTooNew'
  | (string & {});

export interface ValidationIssue {
  /** Dotted path of the field, e.g. "groups.2.name"; empty for the argument itself. */
  path: string;
  /** A validation message key, or (for problems without a translation) English text. */
  message: string;
  /** Parameters of the message, when it is a key with placeholders. */
  params?: Record<string, string | number>;
}

export interface IpcError {
  key: ErrorKey;
  params?: Record<string, string | number>;
  issues?: ValidationIssue[];
}

export type IpcResponse<Result> = { ok: true; value: Result } | { ok: false; error: IpcError };

/** Thrown by handlers for expected failures; the dispatcher turns it into an IpcError. */
export class AppError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly params: Record<string, string | number> = {},
    readonly issues?: ValidationIssue[],
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'AppError';
  }

  toIpcError(): IpcError {
    return { key: this.key, params: this.params, ...(this.issues ? { issues: this.issues } : {}) };
  }
}
