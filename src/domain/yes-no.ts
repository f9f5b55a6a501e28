import { classify, vocabulary, type Classified } from './vocabulary.js';

/** Yes/no words must equal the whole value: `Chưa tích hợp` is no, and never yes by containing `tích hợp`. */
const yesNo = vocabulary<'yes' | 'no'>(
  {
    có: 'yes',
    x: 'yes',
    yes: 'yes',
    true: 'yes',
    '1': 'yes',
    'đã tích hợp': 'yes',
    '√': 'yes',
    '✓': 'yes',
    '✔': 'yes',
    '☑': 'yes',
    không: 'no',
    no: 'no',
    false: 'no',
    '0': 'no',
    'chưa tích hợp': 'no',
  },
  [],
);

export function parseYesNo(value: string): Classified<'yes' | 'no'> {
  return classify(yesNo, value);
}
