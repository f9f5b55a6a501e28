/** What the report says about each input file: how it was read, how many rows, which columns. */
import type { InputSummary } from '../model.js';
import type { CsvShape } from './csv-reader.js';

export function summarise(
  role: InputSummary['role'],
  path: string,
  shape: CsvShape,
  rows: number,
  errorRows: number,
  columns: Record<string, string>,
): InputSummary {
  return {
    role,
    path,
    encoding: shape.encoding,
    bom: shape.bom,
    delimiter: shape.delimiter,
    rows,
    errorRows,
    columns,
  };
}
