/** What the report says about each input file: how it was read, how many rows, which columns. */
import type { InputSummary } from '../model.js';
import type { CsvShape } from './csv-reader.js';
import type { TableShape } from './table.js';

export function summarise(
  role: InputSummary['role'],
  path: string,
  shape: CsvShape | TableShape,
  rows: number,
  errorRows: number,
  columns: Record<string, string>,
): InputSummary {
  const table = 'format' in shape ? shape : undefined;
  return {
    role,
    path: table?.path ?? path,
    format: table?.format ?? 'csv',
    ...(table?.sheet === undefined ? {} : { sheet: table.sheet }),
    // Readers without a header search (counts files, the DuckDB engine) take the first line.
    headerRow: table?.headerRow ?? 1,
    encoding: shape.encoding,
    bom: shape.bom,
    delimiter: shape.delimiter,
    rows,
    errorRows,
    columns,
  };
}
