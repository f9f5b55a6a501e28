import { cli } from './cli.js';
import { errors } from './errors.js';
import { fieldName, issues } from './issues.js';
import { people } from './people.js';
import { report } from './report.js';
import { score } from './score.js';

/** English: the catalogue whose shape every language's must have (src/i18n/index.ts). */
export const en = { report, people, score, issues, fieldName, errors, cli };
