import { dossierFigures, procedureCheck } from './types.js';

/** Level 3 is cumulative — a level-4 service attains level 3 — unless config asks for exactly level 3. */
export const level3 = procedureCheck(
  'level3',
  (input) => (p) => ((input.level3Basis === 'exactly' ? p.level === 3 : p.level >= 3) ? 'pass' : 'fail'),
  // The services already drawing online dossiers are the cheapest to move up (SPEC §7).
  (p, input) => {
    const { online, counted } = dossierFigures(p, input);
    return [online, counted];
  },
);
