/**
 * The values of the scorecard's dossier fields (SPEC §12.1). A value that cannot be read is `unreadable`:
 * the reader warns at its line and leaves the dossier out of that indicator.
 */
import { normaliseKey } from './normalise.js';
import { parseYesNo } from './yes-no.js';

export type ScoreValue = 'yes' | 'no' | 'unreadable';

/** `synced`, `digitised`: yes/no words; an empty cell is no, as a blank is in every yes/no column. */
export function parseYesNoCell(cell: string): ScoreValue {
  const parsed = parseYesNo(cell);
  if (parsed.kind === 'empty') return 'no';
  return parsed.kind === 'match' ? parsed.cls : 'unreadable';
}

const noFeeWords = new Set(['mienphi', 'khongthu', 'khongmatphi', 'free']);
const currency = '(?:vnđ|vnd|đồng|đ)';
// Groups of three after the first, all with the same separator (`1.000.000`, `1,000,000`, `1 000 000`), or bare digits.
const amount = new RegExp(`^(?:${currency}\\s*)?(\\d{1,3}(?:([.,\\s])\\d{3})(?:\\2\\d{3})*|\\d+)(?:\\s*${currency})?$`, 'u');

/** `fee`: yes when the amount in đồng is above 0; `0`, empty, "miễn phí" and "không thu" mean no fee. */
export function parseFee(cell: string): ScoreValue {
  const value = cell
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/\u00a0/g, ' ');
  if (value === '' || noFeeWords.has(normaliseKey(value))) return 'no';
  const match = amount.exec(value);
  if (!match) return 'unreadable';
  return /[1-9]/.test(match[1]!) ? 'yes' : 'no';
}

/** `paid_online`: `1` (the national portal), `2` (the province's platform) and yes words are paid online. */
export function parsePaidOnline(cell: string): ScoreValue {
  if (cell.trim() === '2') return 'yes';
  return parseYesNoCell(cell);
}

/** `e_result`: a yes/no word where the cell is one; any other non-empty value (a result file's link) is yes. */
export function parseEResult(cell: string): 'yes' | 'no' {
  const parsed = parseYesNo(cell);
  if (parsed.kind === 'empty') return 'no';
  return parsed.kind === 'match' ? parsed.cls : 'yes';
}
