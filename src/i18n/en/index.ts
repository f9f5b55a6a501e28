import { cli } from './cli.js';
import { errors } from './errors.js';
import { fieldName, issues } from './issues.js';
import { report } from './report.js';

/** English: the catalogue whose shape every language's must have (src/i18n/index.ts). */
export const en = { report, issues, fieldName, errors, cli };
