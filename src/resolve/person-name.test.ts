import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type NameAgreement, nameAgreement, personNameWords } from './person-name.ts';

function assertAgreement(pairs: [string, string][], expected: NameAgreement): void {
  for (const [a, b] of pairs) {
    assert.equal(nameAgreement(a, b), expected, `${a} / ${b}`);
    assert.equal(nameAgreement(b, a), expected, `${b} / ${a}`);
  }
}

test('a name is read without forms of address, particles and generational suffixes, and the father named after "bin" is marked', () => {
  const words = (name: string) => personNameWords(name).map(({ text, lineage }) => (lineage ? `(${text})` : text)).join(' ');
  assert.equal(words('His Highness Sheikh Tamim bin Hamad Al Thani'), 'tamim (hamad) thani');
  assert.equal(words('Joseph R. Biden, Jr.'), 'joseph r biden');
  assert.equal(words('Ilham Heydar oglu Aliyev'), 'ilham (heydar) aliyev');
  assert.equal(words('Abdel-Fattah al-Sisi'), 'abdel fattah sisi');
  assert.equal(words('Ben Carter'), 'ben carter');
});

test('the same name in another romanisation or with its diacritics dropped is the same name', () => {
  assertAgreement([
    ['Serdar Berdimuhamedov', 'Serdar Berdimuhamedow'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
    ['Murat Nurtleu', 'Murat Nurtleuov'],
    ['Kassym-Jomart Tokayev', 'Kasym-Zhomart Tokaev'],
    ['Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad al-Thani'],
  ], 'full');
});

test('a full name with or without middle names and patronymics is the same name', () => {
  assertAgreement([
    ['Vladimir Putin', 'Vladimir Vladimirovich Putin'],
    ['Kassym-Jomart Tokayev', 'Kassym-Jomart Kemeluly Tokayev'],
    ['Ilham Aliyev', 'Ilham Heydar oglu Aliyev'],
    ['Ferdinand Marcos Jr.', 'Ferdinand R. Marcos Jr.'],
    ['Mohamed Ould Ghazouani', 'Mohamed Ould Cheikh El Ghazouani'],
  ], 'full');
});

test('a name without its first given names, without its family name, through an initial or reversed is partly the same', () => {
  assertAgreement([
    ['Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
    ['Lula da Silva', 'Luiz Inácio Lula da Silva'],
    ['Tamim bin Hamad', 'Tamim bin Hamad Al Thani'],
    ['A. Asadov', 'Ali Asadov'],
    ['Sh. Mirzaev', 'Shavkat Mirzaev'],
    ['Zh. Karimova', 'Zhanna Karimova'],
    ['Kihara Minoru', 'Minoru Kihara'],
  ], 'partial');
});

test('one word of a name is its surname when it is the last, and another word of it otherwise', () => {
  assertAgreement([['Modi', 'Narendra Modi'], ['Erdogan', 'Recep Tayyip Erdoğan'], ['Asadov', 'A. Asadov']], 'surname');
  assertAgreement([['Xi', 'Xi Jinping'], ['Lula', 'Luiz Inácio Lula da Silva'], ['Haitham', 'Haitham bin Tarik']], 'other-word');
});

test("the father's name in a name is no surname: Salman alone is at most another word of Mohammed bin Salman", () => {
  assertAgreement([['Salman', 'Mohammed bin Salman'], ['Ghazouani', 'Mohamed Ould Ghazouani']], 'other-word');
});

test('names with another given name, another surname or another father are not one person', () => {
  assertAgreement([
    ['Mohammed bin Salman', 'Salman bin Abdulaziz'],
    ['Mohamed Ould Bilal', 'Mohamed Ould Ghazouani'],
    ['Aleksandar Vulin', 'Aleksandar Martinović'],
    ['Aleksandar Vučić', 'Aleksandar Martinović'],
    ['Janja da Silva', 'Luiz Inácio Lula da Silva'],
    ['Ali Asadov', 'Anar Asadov'],
    ['Ali Asadov', 'Alim Asadov'],
    ['A. Asadov', 'Rashad Asadov'],
    ['A. Asadov', 'R. Asadov'],
    ['Sh. Mirzaev', 'Sardor Mirzaev'],
    ['Sultan', 'Haitham bin Tarik'],
  ], 'none');
});
