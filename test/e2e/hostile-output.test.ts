/**
 * Issue 15, where the report goes: never over an input, never replacing a device or a pipe, a closed or
 * full stdout answered in one line (or not at all), and no temporary file left by a signal or a failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'tthc-check.js');
/** The locale is pinned to English, whatever the machine's: the messages below are the English catalogue's. */
const english = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
const procedures = 'code,level\n1.000001,4\n1.000002,3\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tthc-check-hostile-'));
}

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...english } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('--output never destroys an input', () => {
  it.each([
    ['the procedure list itself', (dir: string) => ['check', '--procedures', 'p.csv', '--output', join(dir, 'p.csv')]],
    ['the procedure list through a symbolic link', () => ['check', '--procedures', 'link.csv', '--output', 'p.csv']],
    ['a dossier register', () => ['check', '--procedures', 'p.csv', '--dossiers', 'd.csv', '--output', './d.csv']],
    ['the baseline', () => ['check', '--procedures', 'p.csv', '--baseline', 'b.json', '--format', 'json', '--output', 'b.json']],
    ['the register being aggregated', () => ['aggregate', '--dossiers', 'd.csv', '--output', 'd.csv']],
  ])('refuses %s, and leaves the file as it was', (_, args) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.csv'), procedures);
    writeFileSync(join(dir, 'd.csv'), 'code,channel\n1.000001,2\n');
    writeFileSync(join(dir, 'b.json'), '{}');
    symlinkSync(join(dir, 'p.csv'), join(dir, 'link.csv'));
    const { code, stderr } = cli(args(dir), dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tthc-check: --output \S+ is the input \S+: writing the report there would destroy it; give another file name\n$/);
    expect(readFileSync(join(dir, 'p.csv'), 'utf8')).toBe(procedures);
    expect(readFileSync(join(dir, 'd.csv'), 'utf8')).toBe('code,channel\n1.000001,2\n');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('{}');
  });

  it('refuses a workbook named with its sheet', () => {
    const dir = tempDir();
    copyFileSync(join(root, 'fixtures', 'workbooks', 'demo-procedures.xlsx'), join(dir, 'p.xlsx'));
    const before = readFileSync(join(dir, 'p.xlsx'));
    const { code, stderr } = cli(['check', '--procedures', 'p.xlsx#1', '--output', 'p.xlsx'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('tthc-check: --output p.xlsx is the input p.xlsx#1: writing the report there would destroy it; give another file name\n');
    expect(readFileSync(join(dir, 'p.xlsx')).equals(before)).toBe(true);
  });

  it('says so in Vietnamese', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.csv'), procedures);
    const { code, stderr } = cli(['check', '--procedures', 'p.csv', '--output', 'p.csv', '--lang', 'vi'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--output p.csv chính là tệp đầu vào p.csv: ghi báo cáo vào đó sẽ làm mất dữ liệu gốc; hãy đặt tên tệp khác');
    expect(readFileSync(join(dir, 'p.csv'), 'utf8')).toBe(procedures);
  });

  it('writes through a symbolic link to a report, which stays a link', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.csv'), procedures);
    writeFileSync(join(dir, 'report.csv'), 'old');
    symlinkSync(join(dir, 'report.csv'), join(dir, 'latest.csv'));
    expect(cli(['check', '--procedures', 'p.csv', '--format', 'csv', '--output', 'latest.csv'], dir).code).toBe(0);
    expect(lstatSync(join(dir, 'latest.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'report.csv'), 'utf8')).toMatch(/^scope,key,check/);
  });
});

describe('--output that is not a regular file', () => {
  it('writes into a named pipe instead of replacing it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.csv'), procedures);
    const fifo = join(dir, 'report.fifo');
    spawnSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [bin, 'check', '--procedures', 'p.csv', '--format', 'csv', '--output', fifo], {
      cwd: dir,
      env: { ...process.env, ...english },
    });
    const received: Buffer[] = [];
    // Reading the pipe as the CLI writes it: the write blocks until a reader opens it.
    const reader = spawn('cat', [fifo]);
    reader.stdout.on('data', (chunk: Buffer) => received.push(chunk));
    const [code] = await Promise.all([new Promise((done) => child.on('close', done)), new Promise((done) => reader.on('close', done))]);
    expect(code).toBe(0);
    expect(Buffer.concat(received).toString()).toMatch(/^scope,key,check/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says in one line that a folder is no file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.csv'), procedures);
    const { code, stderr } = cli(['check', '--procedures', 'p.csv', '--output', dir], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(`tthc-check: cannot write the report to ${dir}: it is a folder: give a file name inside it\n`);
  });
});

describe('a stdout that cannot take the report', () => {
  it('stops quietly when the reader has gone (`| head`), keeping the verdict as the status', async () => {
    const child = spawn(process.execPath, [bin, 'demo', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...english } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Close our end at the first byte, as `head -c 1` would.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it.runIf(existsSync('/dev/full'))('ends with exit 2 and one line when the disk is full', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.csv'), procedures);
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check --procedures p.csv > /dev/full`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...english },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'tthc-check: cannot write the report to standard output: no space left on the device (ENOSPC): free some space or write elsewhere\n',
    );
  });
});

describe('an interrupted write', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('removes its temporary file on %s and ends by that signal', async (signal, status) => {
    const dir = tempDir();
    const target = join(dir, 'report.json');
    // A write that never ends, so that the signal surely arrives in the middle of it.
    const script = `
      import { cleanUpOnSignals } from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'cli.js')).href)};
      import { writeAtomically } from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'io', 'write.js')).href)};
      cleanUpOnSignals();
      console.log(process.pid);
      setInterval(() => undefined, 1000);
      writeAtomically(${JSON.stringify(target)}, (async function* () { yield '{'; await new Promise(() => {}); })());
    `;
    const child = spawn('sh', ['-c', `"${process.execPath}" --input-type=module -e '${script.replace(/'/g, `'"'"'`)}'; echo "status $?"`]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const shell = new Promise((done) => child.on('close', done));
    while (!readdirSync(dir).some((name) => name.endsWith('.tmp'))) await new Promise((wait) => setTimeout(wait, 20));
    process.kill(Number(out.split('\n')[0]), signal);
    await shell;
    expect(out.split('\n')[1]).toBe(`status ${status}`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
