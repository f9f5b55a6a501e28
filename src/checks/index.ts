import type { CheckId } from '../model.js';
import { codeMatch } from './code-match.js';
import { dataQuality } from './data-quality.js';
import { onlineDossiers, onTimeDossiers, postalDossiers } from './dossier-shares.js';
import { level3 } from './level3.js';
import { level4 } from './level4.js';
import { nationalCoverage } from './national-coverage.js';
import { nationalPortal } from './national-portal.js';
import { onlineUptake } from './online-uptake.js';
import { publicationDeadline } from './publication-deadline.js';
import type { Check } from './types.js';

/** Every check, in report order. */
export const checks = {
  level3,
  level4,
  'online-uptake': onlineUptake,
  'code-match': codeMatch,
  'national-portal': nationalPortal,
  'publication-deadline': publicationDeadline,
  'data-quality': dataQuality,
  'online-dossiers': onlineDossiers,
  'national-coverage': nationalCoverage,
  'postal-dossiers': postalDossiers,
  'on-time-dossiers': onTimeDossiers,
} as const satisfies Record<CheckId, Check>;
