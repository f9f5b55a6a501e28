/**
 * Text from the province's files reaches a terminal, a CI log or a spreadsheet: a name holding ESC
 * sequences could retitle the analyst's terminal or rewrite the lines above it ("PASS 7 of 7"). Human
 * formats show every control character instead of sending it: C0 controls as their Unicode control
 * pictures (ESC as ␛, CR as ␍), DEL as ␡, C1 controls and bidirectional overrides (which reorder what
 * the reader sees) as `<U+009B>`. Tab, newline and CRLF stay: the formats that cannot hold them already
 * render them. A CR alone, which moves the cursor back over the line, does not.
 */
import type { Result } from '../model.js';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

function picture(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function visible(text: string): string {
  return text.replace(unsafe, picture);
}

/**
 * Text for a one-line message (an error on stderr): line breaks shown too, as ␍ and ␊, so that a file
 * name holding one cannot start a line of its own ("PASS") under the message.
 */
export function visibleLine(text: string): string {
  return visible(text).replace(/[\r\n]/g, picture);
}

function visibleValue(value: unknown): unknown {
  if (typeof value === 'string') return visible(value);
  if (Array.isArray(value)) return value.map(visibleValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visibleValue(inner)]));
  }
  return value;
}

/** The result with every string made visible, for the human formats; JSON keeps the text as read. */
export function visibleResult(result: Result): Result {
  const shown = visibleValue(result) as Result;
  // A file's name stands in a line of its own (the input lines, each issue's place): a line break in it
  // would start another line.
  return {
    ...shown,
    inputs: shown.inputs.map((input) => ({ ...input, path: visibleLine(input.path) })),
    issues: shown.issues.map((issue) => (issue.file === undefined ? issue : { ...issue, file: visibleLine(issue.file) })),
  };
}

/**
 * JSON escapes C0 controls by itself; DEL, C1 controls and the line and paragraph separators are valid
 * raw in a JSON string but not in a terminal or in JavaScript source, so they are escaped too.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
