import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyConfig, loadConfig } from '../src/config.js';
import { defaultSettings } from '../src/profiles.js';
import { ConfigError } from '../src/errors.js';

const errorOf = (json: unknown) => {
  try {
    applyConfig('tthc-check.config.json', json);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
};

describe('profiles', () => {
  it('hanam-2021 is the default, with online uptake strictly above 30 %', () => {
    const settings = defaultSettings();
    expect(settings.profile).toBe('hanam-2021');
    expect(settings.targets['online-uptake']).toEqual({ op: '>', percent: 30 });
    expect(settings.targets['online-dossiers']).toBeNull();
  });

  it('766 targets level 3 at 80 % and online dossiers at 50 %, the rest information', () => {
    const settings = defaultSettings('766');
    expect(settings.targets.level3).toEqual({ op: '>=', percent: 80 });
    expect(settings.targets['online-dossiers']).toEqual({ op: '>=', percent: 50 });
    expect(settings.targets.level4).toBeNull();
    expect(settings.targets['national-portal']).toBeNull();
  });
});

describe('config file', () => {
  it('starts from its profile and overrides single targets', () => {
    const settings = applyConfig('c.json', {
      profile: '766',
      targets: { level4: { op: '>=', percent: 40 }, 'code-match': null },
      deadlineWorkingDays: 7,
      level3Basis: 'exactly',
      uptakeBasis: 'resolved',
      agencySuffix: 'h23',
      aliases: { code: ['Mã hiệu TTHC'] },
    });
    expect(settings).toMatchObject({
      profile: '766',
      deadlineWorkingDays: 7,
      level3Basis: 'exactly',
      uptakeBasis: 'resolved',
      agencySuffix: 'H23',
      aliases: { code: ['Mã hiệu TTHC'] },
    });
    expect(settings.targets.level4).toEqual({ op: '>=', percent: 40 });
    expect(settings.targets['code-match']).toBeNull();
    expect(settings.targets.level3).toEqual({ op: '>=', percent: 80 });
  });

  it('lets --profile win over the file', () => {
    expect(applyConfig('c.json', { profile: '766' }, 'hanam-2021').profile).toBe('hanam-2021');
  });

  it('resolves the holiday file against the config file', () => {
    expect(applyConfig('/etc/tthc/c.json', { holidays: 'h.csv' }).holidays).toBe('/etc/tthc/h.csv');
  });

  it.each([
    [{ colour: true }, 'colour: unknown key'],
    [{ targets: { level5: null } }, 'targets.level5: unknown check id'],
    [{ targets: { level3: { op: '=>', percent: 70 } } }, 'targets.level3.op: must be one of ">=", ">"'],
    [{ targets: { level3: { op: '>=', percent: 170 } } }, 'targets.level3.percent: must be a number from 0 to 100'],
    [{ targets: { level3: { op: '>=', percent: '70' } } }, 'targets.level3.percent'],
    [{ targets: { level3: { op: '>=', percent: 70, note: 'x' } } }, 'targets.level3.note: unknown key'],
    [{ targets: { level3: 70 } }, 'targets.level3: must be an object'],
    [{ deadlineWorkingDays: 2.5 }, 'deadlineWorkingDays: must be a whole number'],
    [{ level3Basis: 'cumulative' }, 'level3Basis: must be one of "at-least", "exactly"'],
    [{ profile: 'hanoi' }, 'profile: must be one of'],
    [{ aliases: { kode: ['x'] } }, 'aliases.kode: unknown field'],
    [{ aliases: { code: 'Mã' } }, 'aliases.code: must be a list'],
    [{ agencySuffix: 23 }, 'agencySuffix: must be an agency suffix'],
    [{ targets: { level3: { op: '>=', percent: 0.0000001 } } }, 'targets.level3.percent: has more than 4 decimals'],
    [[1, 2], 'must hold one JSON object'],
  ])('rejects %j naming the key', (json, message) => {
    expect(errorOf(json)).toContain(`tthc-check.config.json: ${message}`);
  });

  it('names the file when it is not JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tthc-config-')), 'bad.json');
    writeFileSync(file, '{ "profile": "766", }');
    await expect(loadConfig(file)).rejects.toThrow(`${file}: is not valid JSON`);
  });
});
