/**
 * Expected failures. Each one means "this run cannot be evaluated" (exit 2) and carries, as data, what is
 * wrong and what to do: a message key of the catalogue and its arguments (src/i18n), worded in the user's
 * language where it is printed. `Error.message` holds the English wording, for stack traces and logs.
 */
import { en } from './i18n/en/index.js';
import type { Messages } from './i18n/index.js';

type ErrorWords = Messages['errors'];
export type ErrorKey = keyof ErrorWords;

/** A message key with its arguments, checked against the catalogue's wording of it. */
export type Problem = { [K in ErrorKey]: { key: K; args: Parameters<ErrorWords[K]> } }[ErrorKey];

export function problem<K extends ErrorKey>(key: K, ...args: Parameters<ErrorWords[K]>): Problem {
  return { key, args } as Problem;
}

/** What a problem says in the catalogue given. */
export function wordProblem(p: Problem, messages: Pick<Messages, 'errors'>): string {
  return (messages.errors[p.key] as (...args: unknown[]) => string)(...p.args);
}

export class UsageError extends Error {
  override name = 'UsageError';
  constructor(readonly problem: Problem) {
    super(wordProblem(problem, en));
  }
}

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly problem: Problem,
    readonly line?: number,
  ) {
    super(`${inputPlace(file, line)}: ${wordProblem(problem, en)}`);
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: Problem,
  ) {
    super(`${configPlace(file, key)}: ${wordProblem(problem, en)}`);
  }
}

export type ExpectedError = UsageError | InputError | ConfigError;

export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof UsageError || error instanceof InputError || error instanceof ConfigError;
}

const inputPlace = (file: string, line: number | undefined) => (line === undefined ? file : `${file}:${line}`);
const configPlace = (file: string, key: string) => (key ? `${file}: ${key}` : file);

/** The error in the catalogue's language: where (file:line, or file: key), then what and what to do. */
export function describeError(error: ExpectedError, messages: Pick<Messages, 'errors'>): string {
  const what = wordProblem(error.problem, messages);
  if (error instanceof InputError) return `${inputPlace(error.file, error.line)}: ${what}`;
  if (error instanceof ConfigError) return `${configPlace(error.file, error.key)}: ${what}`;
  return what;
}

export const exitCodes = { pass: 0, fail: 1, unusable: 2 } as const;
