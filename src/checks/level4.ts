import { dossierFigures, procedureCheck } from './types.js';

export const level4 = procedureCheck(
  'level4',
  () => (p) => (p.level === 4 ? 'pass' : 'fail'),
  // The services already drawing online dossiers are the cheapest to bring to full online service (SPEC §7).
  (p, input) => {
    const { online, counted } = dossierFigures(p, input);
    return [online, counted];
  },
);
