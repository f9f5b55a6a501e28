import type { Lang } from '../i18n/index.js';

/** What a command may touch of the process: given, so that tests run commands in process with fakes. */
export interface OutputStream {
  /** The callback receives the error of a write that failed (a closed pipe, a full disk). */
  write(text: string, callback?: (error?: Error | null) => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  now: Date;
  /**
   * The language of every word printed: `--lang`, else the locale. A command that reads a config file
   * with a `lang` and has no `--lang` sets it, so that the errors after it speak it too.
   */
  lang: Lang;
}

export type Command<Flags> = (flags: Flags, io: Io) => Promise<number>;
