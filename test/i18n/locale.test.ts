import { describe, expect, it } from 'vitest';
import { langFromArgv, langFromLocale } from '../../src/i18n/index.js';

describe('the language by default', () => {
  it.each([
    [{ LANG: 'vi_VN.UTF-8' }, 'en-US', 'vi'],
    [{ LANG: 'vi' }, undefined, 'vi'],
    [{ LANG: 'en_US.UTF-8' }, 'vi-VN', 'en'],
    [{ LANG: 'C' }, 'vi-VN', 'en'],
    [{ LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US', 'vi'],
    [{ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'vi_VN', LANG: 'vi_VN' }, 'vi-VN', 'en'],
    [{ LC_MESSAGES: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US', 'vi'],
    // An empty variable is not set: the next one decides.
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'vi_VN.UTF-8' }, 'en-US', 'vi'],
    // No variable at all (Windows): the system's locale.
    [{}, 'vi-VN', 'vi'],
    [{}, 'en-US', 'en'],
    [{ LC_ALL: '' }, undefined, 'en'],
  ] as const)('%j with system locale %s → %s', (env, system, lang) => {
    expect(langFromLocale(env, system)).toBe(lang);
  });
});

describe('--lang before commander reads it', () => {
  it('finds the flag in both spellings, the last one winning', () => {
    expect(langFromArgv(['node', 'tthc-check', 'demo', '--lang', 'vi'])).toBe('vi');
    expect(langFromArgv(['node', 'tthc-check', 'demo', '--lang=en'])).toBe('en');
    expect(langFromArgv(['node', 'tthc-check', '--lang', 'en', 'demo', '--lang', 'vi'])).toBe('vi');
    expect(langFromArgv(['node', 'tthc-check', 'demo'])).toBeUndefined();
  });
});
