/**
 * Settings come from three layers: a built-in profile < a config file < command-line flags.
 * A config file is validated key by key; every error names the file and the key path.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from './errors.js';
import { checkIds, scoreSchemes, type CheckId, type ProfileName, type Settings, type Target } from './model.js';
import { defaultProfile, defaultSettings, profileNames } from './profiles.js';
import { dossierFields, dossierScoreFields, nationalFields, procedureFields } from './io/fields.js';

const aliasFields = new Set([...procedureFields, ...nationalFields, ...dossierFields, ...dossierScoreFields].map((f) => f.name));
const configKeys = ['profile', 'targets', 'deadlineWorkingDays', 'level3Basis', 'uptakeBasis', 'agencySuffix', 'aliases', 'holidays', 'score'];

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(file: string, key: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new ConfigError(file, key, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${JSON.stringify(value)}`);
  }
  return value as T;
}

function parseTarget(file: string, key: string, value: unknown): Target | null {
  if (value === null) return null;
  if (!isRecord(value)) throw new ConfigError(file, key, `must be an object like {"op": ">=", "percent": 70} or null, not ${typeName(value)}`);
  for (const inner of Object.keys(value)) {
    if (inner !== 'op' && inner !== 'percent') throw new ConfigError(file, `${key}.${inner}`, 'unknown key: a target has only "op" and "percent"');
  }
  const op = oneOf(file, `${key}.op`, value.op, ['>=', '>'] as const);
  const percent = value.percent;
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new ConfigError(file, `${key}.percent`, `must be a number from 0 to 100, not ${JSON.stringify(percent)}`);
  }
  // Targets are compared exactly, as integers: four decimals are more than any directive writes.
  if (!/^\d+(\.\d{1,4})?$/.test(String(percent))) {
    throw new ConfigError(file, `${key}.percent`, `has more than 4 decimals (${JSON.stringify(percent)}): round it`);
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
    throw new ConfigError(file, '', code === 'ENOENT' ? 'config file not found: check the --config path' : `cannot be read (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, '', `is not valid JSON (${(error as Error).message}): fix the syntax`);
  }
  return applyConfig(file, json, profileFlag);
}

export function applyConfig(file: string, json: unknown, profileFlag?: ProfileName): Settings {
  if (!isRecord(json)) throw new ConfigError(file, '', `must hold one JSON object, not ${typeName(json)}`);
  for (const key of Object.keys(json)) {
    if (!configKeys.includes(key)) throw new ConfigError(file, key, `unknown key: the keys are ${configKeys.join(', ')}`);
  }
  const fileProfile = json.profile === undefined ? undefined : oneOf(file, 'profile', json.profile, profileNames);
  const settings: Settings = { ...defaultSettings(profileFlag ?? fileProfile ?? defaultProfile), source: file };
  if (json.targets !== undefined) {
    if (!isRecord(json.targets)) throw new ConfigError(file, 'targets', `must be an object keyed by check id, not ${typeName(json.targets)}`);
    for (const [id, target] of Object.entries(json.targets)) {
      if (!(checkIds as readonly string[]).includes(id)) {
        throw new ConfigError(file, `targets.${id}`, `unknown check id: the checks are ${checkIds.join(', ')}`);
      }
      settings.targets[id as CheckId] = parseTarget(file, `targets.${id}`, target);
    }
  }
  if (json.deadlineWorkingDays !== undefined) {
    const days = json.deadlineWorkingDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 365) {
      throw new ConfigError(file, 'deadlineWorkingDays', `must be a whole number of days from 0 to 365, not ${JSON.stringify(days)}`);
    }
    settings.deadlineWorkingDays = days;
  }
  if (json.level3Basis !== undefined) settings.level3Basis = oneOf(file, 'level3Basis', json.level3Basis, ['at-least', 'exactly'] as const);
  if (json.uptakeBasis !== undefined) settings.uptakeBasis = oneOf(file, 'uptakeBasis', json.uptakeBasis, ['received', 'resolved'] as const);
  if (json.agencySuffix !== undefined) {
    if (typeof json.agencySuffix !== 'string' || !/^[A-Za-z]\d{2,3}$/.test(json.agencySuffix)) {
      throw new ConfigError(file, 'agencySuffix', `must be an agency suffix such as "H23", not ${JSON.stringify(json.agencySuffix)}`);
    }
    settings.agencySuffix = json.agencySuffix.toUpperCase();
  }
  if (json.aliases !== undefined) {
    if (!isRecord(json.aliases)) throw new ConfigError(file, 'aliases', `must be an object of field → list of headers, not ${typeName(json.aliases)}`);
    for (const [field, list] of Object.entries(json.aliases)) {
      if (!aliasFields.has(field)) throw new ConfigError(file, `aliases.${field}`, `unknown field: the fields are ${[...aliasFields].join(', ')}`);
      if (!Array.isArray(list) || list.some((a) => typeof a !== 'string')) {
        throw new ConfigError(file, `aliases.${field}`, 'must be a list of header names, e.g. ["Mã hiệu TTHC"]');
      }
      settings.aliases[field] = list as string[];
    }
  }
  // "score": "766" adds the scorecard under any profile; null takes it off the 766 profile.
  if (json.score === null) delete settings.score;
  else if (json.score !== undefined) settings.score = oneOf(file, 'score', json.score, scoreSchemes);
  if (json.holidays !== undefined) {
    if (typeof json.holidays !== 'string' || json.holidays === '') {
      throw new ConfigError(file, 'holidays', `must be the path of a holiday CSV, not ${JSON.stringify(json.holidays)}`);
    }
    settings.holidays = resolve(dirname(file), json.holidays);
  }
  return settings;
}
