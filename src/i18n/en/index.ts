import { cli } from './cli.js';
import { errors } from './errors.js';
import { fieldName, issues } from './issues.js';
import { people } from './people.js';
import { report } from './report.js';

/** English: the catalogue whose shape every language's must have (src/i18n/index.ts). */
export const en = { report, people, issues, fieldName, errors, cli };
