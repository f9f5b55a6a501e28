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
}

export type Command<Flags> = (flags: Flags, io: Io) => Promise<number>;
