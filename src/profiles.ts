/**
 * The built-in profiles (SPEC §1): each a target per check. A config file starts from one and
 * overrides single targets (src/config.ts).
 */
import { checkIds, type ProfileName, type Settings, type Target, type TargetTable } from './model.js';

const information: TargetTable = Object.fromEntries(checkIds.map((id) => [id, null])) as TargetTable;
const atLeast = (percent: number): Target => ({ op: '>=', percent });

export const profiles = {
  'hanam-2021': {
    targets: {
      ...information,
      level3: atLeast(70),
      level4: atLeast(30),
      'online-uptake': { op: '>', percent: 30 },
      'code-match': atLeast(100),
      'national-portal': atLeast(100),
      'publication-deadline': atLeast(100),
      'data-quality': atLeast(100),
    },
  },
  '766': {
    targets: {
      ...information,
      level3: atLeast(80),
      'online-dossiers': atLeast(50),
      'publication-deadline': atLeast(100),
      'code-match': atLeast(100),
      'data-quality': atLeast(100),
    },
  },
} as const satisfies Record<ProfileName, { targets: TargetTable }>;

export const profileNames = Object.keys(profiles) as ProfileName[];
export const defaultProfile: ProfileName = 'hanam-2021';

export function defaultSettings(profile: ProfileName = defaultProfile): Settings {
  return {
    profile,
    targets: { ...profiles[profile].targets },
    deadlineWorkingDays: 5,
    level3Basis: 'at-least',
    uptakeBasis: 'received',
    aliases: {},
    // The profile of the 766 service index shows its scorecard (SPEC §12).
    ...(profile === '766' ? { score: '766' as const } : {}),
  };
}
