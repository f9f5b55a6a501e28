import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDemo, cli, demo, demoShards, tempDir } from './helpers.js';

const dossiers = join(demo, 'dossiers.csv');

function aggregate(files: string[], output: string, extra: string[] = []) {
  const run = cli(['aggregate', '--dossiers', ...files, '--output', output, ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return output;
}

describe('--dossier-counts', () => {
  it('gives the same checks as the raw register it was aggregated from', () => {
    const dir = tempDir();
    const raw = checkDemo(['--dossiers', dossiers]);
    const counts = checkDemo(['--dossier-counts', aggregate([dossiers], join(dir, 'counts.csv'))]);
    expect(counts.code).toBe(raw.code);
    expect(counts.json.checks).toEqual(raw.json.checks);
  });

  it('gives the same checks for a period, selected when aggregating', () => {
    const dir = tempDir();
    const period = ['--from', '2021-03-01', '--to', '2021-06-30'];
    const raw = checkDemo(['--dossiers', dossiers, ...period]);
    const counts = checkDemo(['--dossier-counts', aggregate([dossiers], join(dir, 'counts.csv'), period), ...period]);
    expect(counts.json.checks).toEqual(raw.json.checks);
  });

  it('sums shards aggregated apart, given as several files or as one file with repeated codes', () => {
    const dir = tempDir();
    const raw = checkDemo(['--dossiers', dossiers]);
    const shards = demoShards(dir, 3).map((file, i) => aggregate([file], join(dir, `counts-${i}.csv`)));
    expect(checkDemo(['--dossier-counts', ...shards]).json.checks).toEqual(raw.json.checks);
    const [first, ...rest] = shards.map((file) => readFileSync(file, 'utf8'));
    const concatenated = join(dir, 'all.csv');
    writeFileSync(concatenated, first + rest.map((text) => text.split('\n').slice(1).join('\n')).join(''));
    expect(checkDemo(['--dossier-counts', concatenated]).json.checks).toEqual(raw.json.checks);
  });

  it('stops with exit 2 at the line of a malformed count', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'code,counted,online,online_resolved,postal,in_person,finished_with_due,finished_on_time\n1.000094,3,x,0,0,0,0,0\n');
    const run = checkDemo(['--dossier-counts', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.csv:2: online "x" is not a count/);
  });

  it('names the missing columns of a file that is not a counts file', () => {
    const run = checkDemo(['--dossier-counts', dossiers]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not a dossier counts file: no column "code", "counted"/);
  });
});
