import type { Messages } from '../index.js';
import { cli } from './cli.js';
import { errors } from './errors.js';
import { fieldName, issues } from './issues.js';
import { people } from './people.js';
import { report } from './report.js';
import { score } from './score.js';

/** Tiếng Việt: the type checker holds it to English's shape, key by key (src/i18n/index.ts). */
export const vi: Messages = { report, people, score, issues, fieldName, errors, cli };
