/**
 * Settings come from three layers: a built-in profile < a config file < command-line flags.
 * A config file is validated key by key; every error names the file and the key path.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError, problem } from './errors.js';
import { langs } from './i18n/index.js';
import type { ValueType } from './i18n/en/errors.js';
import { checkIds, scoreSchemes, type CheckId, type ProfileName, type Settings, type Target } from './model.js';
import { defaultProfile, defaultSettings, profileNames } from './profiles.js';
import { dossierFields, dossierScoreFields, nationalFields, procedureFields } from './io/fields.js';

const aliasFields = new Set([...procedureFields, ...nationalFields, ...dossierFields, ...dossierScoreFields].map((f) => f.name));
const configKeys = ['profile', 'targets', 'deadlineWorkingDays', 'level3Basis', 'uptakeBasis', 'agencySuffix', 'aliases', 'holidays', 'score', 'lang'];

function typeName(value: unknown): ValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' || type === 'undefined' ? type : 'other';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(file: string, key: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new ConfigError(file, key, problem('oneOf', { allowed, value }));
  }
  return value as T;
}

function parseTarget(file: string, key: string, value: unknown): Target | null {
  if (value === null) return null;
  if (!isRecord(value)) throw new ConfigError(file, key, problem('targetNotObject', { type: typeName(value) }));
  for (const inner of Object.keys(value)) {
    if (inner !== 'op' && inner !== 'percent') throw new ConfigError(file, `${key}.${inner}`, problem('targetUnknownKey'));
  }
  const op = oneOf(file, `${key}.op`, value.op, ['>=', '>'] as const);
  const percent = value.percent;
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new ConfigError(file, `${key}.percent`, problem('percentRange', { value: percent }));
  }
  // Targets are compared exactly, as integers: four decimals are more than any directive writes.
  if (!/^\d+(\.\d{1,4})?$/.test(String(percent))) {
    throw new ConfigError(file, `${key}.percent`, problem('percentDecimals', { value: percent }));
  }
  return { op, percent };
}

/** Reads and validates a config file; settings start from its profile (or `base`'s) and take its keys. */
export async function loadConfig(file: string, profileFlag?: ProfileName): Promise<Settings> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, '', code === 'ENOENT' ? problem('configNotFound') : problem('cannotRead', { code: String(code) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, '', problem('configNotJson', jsonSyntax((error as Error).message, raw.replace(/^\uFEFF/, ''))));
  }
  return applyConfig(file, json, profileFlag);
}

/** The parser's own words, and where in the file it stopped when it says so. */
function jsonSyntax(detail: string, text: string): { detail: string; line?: number; column?: number } {
  const at = /at position (\d+)/.exec(detail);
  if (!at) return { detail };
  const before = text.slice(0, Number(at[1])).split('\n');
  return { detail, line: before.length, column: before.at(-1)!.length + 1 };
}

export function applyConfig(file: string, json: unknown, profileFlag?: ProfileName): Settings {
  if (!isRecord(json)) throw new ConfigError(file, '', problem('configNotObject', { type: typeName(json) }));
  for (const key of Object.keys(json)) {
    if (!configKeys.includes(key)) throw new ConfigError(file, key, problem('configUnknownKey', { keys: configKeys }));
  }
  const fileProfile = json.profile === undefined ? undefined : oneOf(file, 'profile', json.profile, profileNames);
  const settings: Settings = { ...defaultSettings(profileFlag ?? fileProfile ?? defaultProfile), source: file };
  if (json.targets !== undefined) {
    if (!isRecord(json.targets)) throw new ConfigError(file, 'targets', problem('targetsNotObject', { type: typeName(json.targets) }));
    for (const [id, target] of Object.entries(json.targets)) {
      if (!(checkIds as readonly string[]).includes(id)) {
        throw new ConfigError(file, `targets.${id}`, problem('unknownCheckId', { ids: checkIds }));
      }
      settings.targets[id as CheckId] = parseTarget(file, `targets.${id}`, target);
    }
  }
  if (json.deadlineWorkingDays !== undefined) {
    const days = json.deadlineWorkingDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 365) {
      throw new ConfigError(file, 'deadlineWorkingDays', problem('workingDaysRange', { value: days }));
    }
    settings.deadlineWorkingDays = days;
  }
  if (json.level3Basis !== undefined) settings.level3Basis = oneOf(file, 'level3Basis', json.level3Basis, ['at-least', 'exactly'] as const);
  if (json.uptakeBasis !== undefined) settings.uptakeBasis = oneOf(file, 'uptakeBasis', json.uptakeBasis, ['received', 'resolved'] as const);
  if (json.agencySuffix !== undefined) {
    if (typeof json.agencySuffix !== 'string' || !/^[A-Za-z]\d{2,3}$/.test(json.agencySuffix)) {
      throw new ConfigError(file, 'agencySuffix', problem('agencySuffixShape', { value: json.agencySuffix }));
    }
    settings.agencySuffix = json.agencySuffix.toUpperCase();
  }
  if (json.aliases !== undefined) {
    if (!isRecord(json.aliases)) throw new ConfigError(file, 'aliases', problem('aliasesNotObject', { type: typeName(json.aliases) }));
    for (const [field, list] of Object.entries(json.aliases)) {
      if (!aliasFields.has(field)) throw new ConfigError(file, `aliases.${field}`, problem('aliasUnknownField', { fields: [...aliasFields] }));
      if (!Array.isArray(list) || list.some((a) => typeof a !== 'string')) {
        throw new ConfigError(file, `aliases.${field}`, problem('aliasNotList'));
      }
      settings.aliases[field] = list as string[];
    }
  }
  // "score": "766" adds the scorecard under any profile; null takes it off the 766 profile.
  if (json.score === null) delete settings.score;
  else if (json.score !== undefined) settings.score = oneOf(file, 'score', json.score, scoreSchemes);
  if (json.holidays !== undefined) {
    if (typeof json.holidays !== 'string' || json.holidays === '') {
      throw new ConfigError(file, 'holidays', problem('holidaysNotPath', { value: json.holidays }));
    }
    settings.holidays = resolve(dirname(file), json.holidays);
  }
  if (json.lang !== undefined) settings.lang = oneOf(file, 'lang', json.lang, langs);
  return settings;
}
