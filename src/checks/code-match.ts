import { procedureCheck } from './types.js';

export const codeMatch = procedureCheck('code-match', (input) => {
  const index = input.nationalIndex;
  if (!index) return { skip: 'no-national' };
  return (p) => (index.matches(p.code) ? 'pass' : 'fail');
});
