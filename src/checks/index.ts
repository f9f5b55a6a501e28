import type { CheckId, ProcedureCheckId } from '../model.js';
import { codeMatch } from './code-match.js';
import { dataQuality } from './data-quality.js';
import { level3 } from './level3.js';
import { level4 } from './level4.js';
import { nationalCoverage } from './national-coverage.js';
import { nationalPortal } from './national-portal.js';
import { onlineDossiers } from './online-dossiers.js';
import { onlineUptake } from './online-uptake.js';
import { onTimeDossiers } from './on-time-dossiers.js';
import { postalDossiers } from './postal-dossiers.js';
import { publicationDeadline } from './publication-deadline.js';
import type { Check, ProcedureCheck } from './types.js';

/** Every check, keyed by its id; the compiler rejects a missing id or a key that is not its check's id. Report order is checkIds'. */
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
} as const satisfies { [Id in CheckId]: Id extends ProcedureCheckId ? ProcedureCheck<Id> : Check<Id> };

export function isProcedureCheck(check: Check): check is ProcedureCheck {
  return 'judge' in check;
}
