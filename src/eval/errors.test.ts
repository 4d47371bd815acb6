import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../record/schema.ts';
import { documentErrors, renderErrors } from './errors.ts';
import { parseGold } from './gold.ts';
import { recordFromGold, recordWith } from './record-from-gold.ts';

const evidence = [{ start: 0, end: 1 }];
const person = (id: string, name: string, country: string, titles: string[] = []): Entity => ({
  id, type: 'person', name, aliases: [], mentions: [], country, roles: titles.map((title) => ({ title })),
});

test('the errors of a document name what was missed, what was invented and what disagrees', () => {
  const gold = parseGold(
    {
      file: 'a.txt',
      persons: [
        { name: 'Ali Asadov', country: 'AZE', titles: ['Prime Minister'] },
        { name: 'Olzhas Bektenov', country: 'KAZ', titles: ['Prime Minister'] },
        { name: 'Ama Owusu', titles: [], optional: true },
      ],
      events: [{ type: 'meeting', date: '2025-03-03', participants: ['Ali Asadov', 'Olzhas Bektenov'] }],
    },
    'a.json',
  );
  const record = recordWith(
    [person('p1', 'Ali Asadov', 'AZE', ['Minister']), person('p2', 'Ilham Aliyev', 'AZE')],
    [{ id: 'e1', type: 'meeting', date: null, participants: ['p1', 'p2'], sectors: [], evidence }],
  );
  const { lines } = documentErrors(gold, record);
  const text = lines.join('\n');
  assert.match(text, /^persons +missed "Olzhas Bektenov"$/m);
  assert.match(text, /^persons +extra "Ilham Aliyev"$/m);
  assert.match(text, /^roles +"Ali Asadov": gold "Prime Minister"; predicted "Minister"$/m);
  assert.match(text, /^event date +meeting 2025-03-03 \[Ali Asadov, Olzhas Bektenov\]: predicted null$/m);
  assert.match(text, /^event participants +meeting 2025-03-03: wrong "Ilham Aliyev"; missed "Olzhas Bektenov"$/m);
  assert.doesNotMatch(text, /Owusu/, 'an optional item missed is no error');
});

test('a perfect record has no errors, and the listing says so', () => {
  const gold = parseGold({ file: 'a.txt', countries: [{ code: 'AZE' }], persons: [{ name: 'Ali Asadov', country: 'AZE', titles: ['Prime Minister'] }] }, 'a.json');
  const errors = documentErrors(gold, recordFromGold(gold));
  assert.deepEqual(errors.lines, []);
  assert.equal(renderErrors([errors]), 'No errors.\n');
});
