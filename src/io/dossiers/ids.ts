/**
 * Dossier ids shared by two registers (issue 15): a dossier exported in two registers — two months that
 * overlap, a district's export and the province's — is counted twice. Each register's ids are kept as
 * 52-bit hashes, 8 bytes an id (never the ids themselves), sorted and unique once the register is read;
 * the registers are then compared two by two. Two different ids share a hash by chance with odds of
 * about n·m / 2^52 for registers of n and m ids (1 in 180 for two of 5 million): the warning says
 * "probably".
 */
import { createHash, hash } from 'node:crypto';
import type { Issue } from '../../model.js';

/** crypto.hash (Node 20.12) is the one-shot form, a third of the cost of createHash. */
const md5Hex: (text: string) => string =
  typeof hash === 'function' ? (text) => hash('md5', text, 'hex') : (text) => createHash('md5').update(text).digest('hex');

/** Spaces and tabs around an id are not part of it: the DuckDB engine trims the same two (duckdb/sql.ts). */
const padded = /^[ \t]+|[ \t]+$/g;

/**
 * An id's hash: the first 52 bits of the MD5 of its UTF-8 text, exact in a double (Float64Array keeps and
 * sorts it natively). MD5 because DuckDB computes the same in SQL (`idHashSql`): a register read by either
 * engine compares with one read by the other. Not for secrecy, only to tell ids apart.
 */
export function idHash(id: string): number {
  return parseInt(md5Hex(id).slice(0, 13), 16);
}

/** The id in a cell, or '' for none. */
export function idOf(cell: string): string {
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first === 32 || first === 9 || last === 32 || last === 9 ? cell.replace(padded, '') : cell;
}

/** The ids of one register as they are read: blank cells are not ids. */
export class IdHashes {
  private hashes: Float64Array;
  private size = 0;

  /** `expected`: the number of ids, when it is known (DuckDB has counted the rows): no growing then. */
  constructor(expected = 4096) {
    this.hashes = new Float64Array(Math.max(1, expected));
  }

  add(cell: string): void {
    const id = idOf(cell);
    if (id === '') return;
    this.addHash(idHash(id));
  }

  /** A hash made elsewhere (by DuckDB, the same way). */
  addHash(value: number): void {
    if (this.size === this.hashes.length) {
      // Grown by half: a register of 5 million ids holds at most about 60 MB while it is read.
      const grown = new Float64Array(Math.ceil(this.hashes.length * 1.5));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.size++] = value;
  }

  /** The distinct hashes, in ascending order, in an array of their own size (it crosses threads as it is). */
  done(): Float64Array {
    const sorted = this.hashes.subarray(0, this.size).sort();
    let unique = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (i === 0 || sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i]!;
    }
    const result = sorted.slice(0, unique);
    this.hashes = new Float64Array(0);
    this.size = 0;
    return result;
  }
}

/** Marks in `seen` each hash of `ids` that `earlier` holds too, and returns how many there are (both sorted). */
function markShared(ids: Float64Array, earlier: Float64Array, seen: Uint8Array): number {
  let shared = 0;
  let j = 0;
  for (let i = 0; i < ids.length && j < earlier.length; i++) {
    const id = ids[i]!;
    while (j < earlier.length && earlier[j]! < id) j++;
    if (j < earlier.length && earlier[j] === id) {
      shared++;
      seen[i] = 1;
    }
  }
  return shared;
}

/**
 * One warning per register that shares ids with the registers given before it: how many of its ids, and
 * those registers, the one sharing the most first. Of several registers, one without a dossier_id column
 * has no ids: a warning says that what it shares with the others cannot be found.
 */
export function repeatedIdIssues(registers: readonly { file: string; ids?: Float64Array }[]): Issue[] {
  const issues: Issue[] = [];
  registers.forEach(({ file, ids }, index) => {
    if (!ids && registers.length > 1) issues.push({ severity: 'warning', kind: 'dossier-ids-absent', file, field: 'dossier_id' });
    if (!ids || ids.length === 0) return;
    const seen = new Uint8Array(ids.length);
    const sharing: { file: string; shared: number }[] = [];
    for (const earlier of registers.slice(0, index)) {
      if (!earlier.ids || earlier.ids.length === 0) continue;
      const shared = markShared(ids, earlier.ids, seen);
      if (shared > 0) sharing.push({ file: earlier.file, shared });
    }
    if (sharing.length === 0) return;
    const count = seen.reduce((sum, mark) => sum + mark, 0);
    const files = sharing.sort((a, b) => b.shared - a.shared).map((entry) => entry.file);
    issues.push({ severity: 'warning', kind: 'repeated-dossier-ids', file, field: 'dossier_id', count, files, detail: files.join(', ') });
  });
  return issues;
}
