/**
 * Which engine reads a dossier register (SPEC §11). `auto`, the default, sends a UTF-8 CSV register of
 * at least 64 MB, or a Parquet file, to DuckDB when @duckdb/node-api is installed, and every other
 * register to the default reader: UTF-16 and Windows-1258 exports, workbooks, pipes, small files (on
 * which starting DuckDB costs more than it saves), and all of them when DuckDB is absent.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError, problem, UsageError } from '../../errors.js';
import { sniffCsv } from '../csv-reader.js';
import { tableFormat } from '../table.js';
import { splitSheetSelector } from '../workbook/index.js';

export const engines = ['auto', 'js', 'duckdb'] as const;
export type Engine = (typeof engines)[number];
export type EngineUsed = Exclude<Engine, 'auto'>;

/** 64 MB (2^26 bytes): below it the default reader takes a second or two, and DuckDB's start is not worth it. */
export const autoMinBytes = 64 * 1024 * 1024;

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

/** The engine that reads `file` under the engine asked for. Both fold the 766 score's fields alike. */
export async function chooseEngine(file: string, engine: Engine): Promise<EngineUsed> {
  if (engine === 'js') return 'js';
  if (engine === 'duckdb') {
    const { path } = await splitSheetSelector(file);
    const format = await tableFormat(path);
    if (format !== 'csv') throw new InputError(file, problem('duckdbWorkbook', { format }));
    return 'duckdb';
  }
  if (isParquet(file)) {
    if (await duckdbInstalled()) return 'duckdb';
    throw new UsageError(problem('parquetNeedsDuckdb', { file }));
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
