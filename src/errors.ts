/**
 * Expected failures. Each one means "this run cannot be evaluated" (exit 2) and carries a message that
 * says what is wrong, where, and what to do. Anything else that escapes is a bug.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly key: string,
    message: string,
  ) {
    super(key ? `${file}: ${key}: ${message}` : `${file}: ${message}`);
  }
}

export type ExpectedError = UsageError | InputError | ConfigError;

export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof UsageError || error instanceof InputError || error instanceof ConfigError;
}

export const exitCodes = { pass: 0, fail: 1, unusable: 2 } as const;
