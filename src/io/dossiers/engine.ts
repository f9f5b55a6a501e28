/**
 * Which engine reads a dossier register (SPEC §11). `auto`, the default, sends a UTF-8 CSV register of
 * at least 64 MB, or a Parquet file, to DuckDB when @duckdb/node-api is installed, and every other
 * register to the default reader: UTF-16 and Windows-1258 exports, workbooks, pipes, small files (on
 * which starting DuckDB costs more than it saves), and all of them when DuckDB is absent.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { sniffCsv } from '../csv-reader.js';

export const engines = ['auto', 'js', 'duckdb'] as const;
export type Engine = (typeof engines)[number];
export type EngineUsed = Exclude<Engine, 'auto'>;

/** 64 MB (2^26 bytes): below it the default reader takes a second or two, and DuckDB's start is not worth it. */
export const autoMinBytes = 64 * 1024 * 1024;

export const installHint = 'needs the optional package @duckdb/node-api: run `npm install @duckdb/node-api`';

const isParquet = (file: string) => extname(file).toLowerCase() === '.parquet';

/** Whether @duckdb/node-api can be loaded: asked once, and only when a register could use it. */
let installed: Promise<boolean> | undefined;
export function duckdbInstalled(): Promise<boolean> {
  installed ??= import('@duckdb/node-api').then(
    () => true,
    () => false,
  );
  return installed;
}

/** The engine that reads `file` under the engine asked for. */
export async function chooseEngine(file: string, engine: Engine): Promise<EngineUsed> {
  if (engine === 'js') return 'js';
  if (engine === 'duckdb') {
    const workbook = await workbookKind(file);
    if (workbook) throw new InputError(file, `is ${workbook}, which the default reader reads and the duckdb engine does not: leave out --engine duckdb`);
    return 'duckdb';
  }
  if (isParquet(file)) {
    if (await duckdbInstalled()) return 'duckdb';
    throw new UsageError(`${file} is a Parquet file: reading it ${installHint}`);
  }
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile() || info.size < autoMinBytes) return 'js';
  try {
    if ((await sniffCsv(file)).encoding !== 'utf-8') return 'js';
  } catch {
    // Not a CSV DuckDB could read (a workbook, say): the default reader reads it or says why not.
    return 'js';
  }
  return (await duckdbInstalled()) ? 'duckdb' : 'js';
}

/** A workbook by its first bytes — an .xlsx (zip), a binary .xls, an HTML table saved as .xls — or undefined. */
async function workbookKind(file: string): Promise<string | undefined> {
  let head: Buffer;
  try {
    const handle = await open(file);
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    // Missing or unreadable: the engine's own read says so.
    return undefined;
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'a workbook (.xlsx)';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'a binary Excel workbook (.xls)';
  if (/^\s*<(!doctype html|html|table|head|body|meta)/i.test(head.toString('utf8').replace(/^\uFEFF/, ''))) return 'an HTML table (a web page saved as .xls)';
  return undefined;
}
