import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIds } from '../../src/model.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'tthc-check.js');
const demoDir = join(root, 'fixtures', 'demo');

/** The CLI under a locale of the test's choosing, none inherited from the machine. */
function cli(args: string[], locale: Record<string, string>, cwd = root) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale };
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const vietnamese = { LANG: 'vi_VN.UTF-8' };
const english = { LANG: 'C.UTF-8' };

/** Words of the province's own files: names and agencies are data, whatever the report's language. */
const dataWords = new Set(
  ['procedures.csv', 'national.csv', 'dossiers.csv'].flatMap((file) => readFileSync(join(demoDir, file), 'utf8').match(/[\p{L}\p{M}]+/gu) ?? []),
);

/**
 * The words without a Vietnamese letter that the Vietnamese report may use: acronyms, the short column
 * heads, the tool's name, and Vietnamese words without diacritics. Check ids, paths and `--format json` are codes.
 */
const allowed = new Set([
  'tthc',
  'check',
  'bom',
  'utf',
  'dvctt',
  'dvcqg',
  'csdlqg',
  'ubnd',
  'mp',
  'tt',
  'p',
  'sinh',
  'c',
  'khai',
  'k',
  'qua',
  'xem',
  'nhau',
  'theo',
  'hanam',
  'tab',
  'kho',
  // --engine values, named in the input line as the user types them
  'js',
  'duckdb',
]);

/** Words left in a Vietnamese text that are neither Vietnamese, codes, file names nor data. */
function foreignWords(text: string): string[] {
  const ids = new RegExp(`\\b(${checkIds.join('|')})\\b`, 'g');
  const stripped = text
    .replace(/\/\S+/g, ' ') // paths
    .replace(ids, ' ')
    .replace(/--[a-z-]+( json)?/g, ' ')
    .replace(/<br>/g, ' ') // a line break inside a markdown cell
    .replace(/[^\s│]*…/g, ' '); // a name cut short is data
  const words = stripped.match(/[\p{L}\p{M}]+/gu) ?? [];
  return [...new Set(words.filter((word) => /^[a-z]+$/i.test(word) && !dataWords.has(word) && !allowed.has(word.toLowerCase())))];
}

describe('in Vietnamese', () => {
  it('prints the whole demo in Vietnamese under LANG=vi_VN.UTF-8, figures as Vietnamese write them', () => {
    const { code, stdout, stderr } = cli(['demo'], vietnamese);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('KHÔNG ĐẠT 4/7 chỉ tiêu: level4, code-match, national-portal, publication-deadline');
    expect(stdout).toContain('bộ chỉ tiêu hanam-2021 · tính đến ngày 31/12/2021');
    expect(stdout).toMatch(/81\/300 = 27,00%.*≥ 30%.*Không đạt, cần/);
    expect(stdout).toContain('5.622/5.622 = 100,00%');
    expect(stdout).toContain('Ưu tiên xử lý trước: DVCTT toàn trình (level4, cần thêm 9 thủ tục)');
    expect(stdout).toContain('Vấn đề dữ liệu: 0 lỗi, 2 cảnh báo');
    expect(foreignWords(stdout)).toEqual([]);
  });

  it('leaves no English word in any grouping or in markdown', () => {
    for (const args of [
      ['--by', 'agency'],
      ['--by', 'tier'],
      ['--by', 'field'],
      ['--format', 'markdown', '--by', 'agency'],
      ['--score'],
      ['--score', '--by', 'agency', '--format', 'markdown'],
    ]) {
      const { stdout } = cli(['demo', ...args], vietnamese);
      expect(foreignWords(stdout), args.join(' ')).toEqual([]);
    }
  });

  it('fits the table in 80 columns', () => {
    const { stdout } = cli(['demo', '--by', 'agency'], vietnamese);
    for (const line of stdout.split('\n').filter((l) => /^[┌│└]/.test(l))) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('gives the JSON issue messages in Vietnamese and every key and value as in English', () => {
    const vi = JSON.parse(cli(['demo', '--format', 'json', '--lang', 'vi'], english).stdout);
    const en = JSON.parse(cli(['demo', '--format', 'json', '--lang', 'en'], vietnamese).stdout);
    expect(vi.issues[0].message).toMatch(/mức độ khác nhau/);
    const withoutMessages = (report: { issues: object[] }) => ({
      ...report,
      issues: report.issues.map(({ message: _, ...rest }: { message?: string }) => rest),
    });
    expect(withoutMessages(vi)).toEqual(withoutMessages(en));
  });

  it('keeps CSV the same in both languages', () => {
    expect(cli(['demo', '--format', 'csv'], vietnamese).stdout).toBe(cli(['demo', '--format', 'csv'], english).stdout);
  });

  it('writes the quiet line and JUnit failures in Vietnamese', () => {
    expect(cli(['demo', '--quiet'], vietnamese).stdout).toBe('KHÔNG ĐẠT 4/7 chỉ tiêu: level4, code-match, national-portal, publication-deadline\n');
    const junit = cli(['demo', '--format', 'junit'], vietnamese).stdout;
    expect(junit).toContain('message="81/300 = 27,00%, mục tiêu ≥ 30%, cần thêm 9"');
  });

  it('explains a missing column and a bad config in Vietnamese, saying what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-check-vi-'));
    writeFileSync(join(dir, 'tthc.csv'), 'Mã TTHC;Tên thủ tục\n1.000494;Đăng ký khai sinh\n');
    const missing = cli(['check', '--procedures', 'tthc.csv'], vietnamese, dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^tthc-check: tthc\.csv:1: không có cột cho trường bắt buộc "level" \(Mức độ\)\./);
    expect(missing.stderr).toContain('Hãy đổi tên cột thành một tiêu đề được chấp nhận');

    writeFileSync(join(dir, 'tthc-check.config.json'), '{ "targets": { "level3": { "op": ">=", "percent": 170 } } }');
    writeFileSync(join(dir, 'ok.csv'), 'Mã TTHC;Mức độ\n1.000494;Toàn trình\n');
    const config = cli(['check', '--procedures', 'ok.csv'], vietnamese, dir);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^tthc-check: \S+tthc-check\.config\.json: targets\.level3\.percent: phải là một số từ 0 đến 100, không phải 170\n$/);
  });

  it('says a missing file and a usage error in Vietnamese', () => {
    const missing = cli(['check', '--procedures', 'khong-co.csv', '--lang', 'vi'], english);
    expect(missing).toMatchObject({ code: 2, stderr: 'tthc-check: khong-co.csv: không tìm thấy tệp: hãy kiểm tra đường dẫn (tính từ thư mục hiện tại)\n' });
    expect(cli(['check'], vietnamese)).toMatchObject({ code: 2, stderr: "lỗi: thiếu tùy chọn bắt buộc '--procedures <file>'\n" });
    expect(cli(['demo', '--formt', 'json'], vietnamese).stderr).toBe("lỗi: không có tùy chọn '--formt'\n(Có phải là --format?)\n");
  });

  it('prints help in Vietnamese, commander’s own words included', () => {
    const { code, stdout } = cli(['check', '--help'], vietnamese);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Cách dùng: tthc-check check \[tùy chọn\]\n/);
    expect(stdout).toContain('Tùy chọn:');
    expect(stdout).toContain('hiện hướng dẫn sử dụng lệnh');
    expect(stdout).toMatch(/giá\s+trị: "auto", "js",\s+"duckdb"; mặc định: "auto"/);
    expect(stdout).not.toMatch(/Usage|Options|display help|choices|default/);
    const top = cli(['--help', '--lang', 'vi'], english).stdout;
    expect(top).toContain('Lệnh:');
    expect(top).toContain('help [lệnh]');
  });

  it('takes the language from the config file, --lang winning over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-check-lang-'));
    writeFileSync(join(dir, 'tthc.csv'), 'Mã TTHC;Mức độ\n1.000494;Toàn trình\n');
    writeFileSync(join(dir, 'tthc-check.config.json'), '{ "lang": "vi" }');
    expect(cli(['check', '--procedures', 'tthc.csv'], english, dir).stdout.split('\n')[0]).toBe(
      'ĐẠT 3/7 chỉ tiêu (bỏ qua 4: online-uptake, code-match, national-portal, publication-deadline)',
    );
    expect(cli(['check', '--procedures', 'tthc.csv', '--lang', 'en'], english, dir).stdout.split('\n')[0]).toBe(
      'PASS 3 of 7 checks (4 skipped: online-uptake, code-match, national-portal, publication-deadline)',
    );
    // An error after the config is read speaks its language too.
    expect(cli(['check', '--procedures', 'khong-co.csv'], english, dir).stderr).toContain('không tìm thấy tệp');
    writeFileSync(join(dir, 'tthc-check.config.json'), '{ "lang": "fr" }');
    expect(cli(['check', '--procedures', 'tthc.csv'], english, dir).stderr).toMatch(/tthc-check\.config\.json: lang: must be one of "vi", "en", not "fr"\n$/);
  });
});

describe('in English', () => {
  it('prints the English report under --lang en whatever the locale', () => {
    const { stdout } = cli(['demo', '--lang', 'en'], vietnamese);
    expect(stdout.split('\n')[0]).toBe('FAIL 4 of 7 checks: level4, code-match, national-portal, publication-deadline');
    expect(stdout).toMatch(/81\/300 = 27\.00 %.*≥ 30 %.*FAIL need \+9/);
    expect(stdout).toBe(cli(['demo'], english).stdout);
  });

  it('says errors in English', () => {
    const missing = cli(['check', '--procedures', 'missing.csv'], { LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' });
    expect(missing.stderr).toBe('tthc-check: missing.csv: file not found: check the path (it is relative to the current directory)\n');
    expect(cli(['check', '--help'], english).stdout).toMatch(/^Usage: tthc-check check \[options\]/);
  });
});
