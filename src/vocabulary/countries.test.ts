import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCountries, countryByCode, countryByIso2, countrySurfaceForms, lookupCountryName } from './countries.ts';
import { findCountryMentions } from './gazetteer.ts';

function countries(text: string): string[] {
  return findCountryMentions(text).map((mention) => `${text.slice(mention.start, mention.end)}=${mention.code}`);
}

describe('country vocabulary', () => {
  it('holds every country and territory of world-countries, Kosovo as XKX', () => {
    assert.ok(allCountries().length >= 249);
    assert.equal(countryByCode('XKX')?.name, 'Kosovo');
    assert.equal(countryByIso2('kz')?.code, 'KAZ');
  });

  it('describes a country by its names, adjectives, demonyms, capital and position', () => {
    const kazakhstan = countryByCode('KAZ');
    assert.ok(kazakhstan);
    assert.equal(kazakhstan.officialName, 'Republic of Kazakhstan');
    assert.ok(kazakhstan.names.includes('Republic of Kazakhstan'));
    assert.ok(kazakhstan.adjectives.includes('Kazakh') && kazakhstan.adjectives.includes('Kazakhstani'));
    assert.ok(kazakhstan.demonyms.includes('Kazakhs'));
    assert.equal(kazakhstan.capital, 'Astana');
    assert.deepEqual(kazakhstan.latlng, [48, 68]);
  });

  it('looks up names, adjectives and demonyms that the package lacks', () => {
    assert.deepEqual(lookupCountryName('Azeri'), { code: 'AZE', form: 'adjective' });
    assert.deepEqual(lookupCountryName('Azerbaijanis'), { code: 'AZE', form: 'demonym' });
    assert.deepEqual(lookupCountryName('Persian'), { code: 'IRN', form: 'adjective' });
    assert.deepEqual(lookupCountryName('Türkiye'), { code: 'TUR', form: 'name' });
    assert.deepEqual(lookupCountryName('turkey'), { code: 'TUR', form: 'name' });
    assert.deepEqual(lookupCountryName('Britons'), { code: 'GBR', form: 'demonym' });
    assert.deepEqual(lookupCountryName('Holy See'), { code: 'VAT', form: 'name' });
    assert.equal(lookupCountryName('Emirati')?.code, 'ARE');
    assert.equal(lookupCountryName('Filipino')?.code, 'PHL');
    assert.equal(lookupCountryName('Ivorian')?.code, 'CIV');
  });

  it('gives an adjective shared with a territory to the independent country', () => {
    assert.equal(lookupCountryName('French')?.code, 'FRA');
    assert.equal(lookupCountryName('American')?.code, 'USA');
    assert.equal(lookupCountryName('Dutch')?.code, 'NLD');
  });

  it('records Congo and Korean as the DR Congo and South Korea, with the alternative', () => {
    assert.deepEqual(lookupCountryName('Congolese'), { code: 'COD', form: 'adjective', alternatives: ['COG'] });
    assert.deepEqual(lookupCountryName('Congo'), { code: 'COD', form: 'name', alternatives: ['COG'] });
    assert.deepEqual(lookupCountryName('Korean'), { code: 'KOR', form: 'adjective', alternatives: ['PRK'] });
  });

  it('finds acronyms only in capitals', () => {
    assert.equal(lookupCountryName('US')?.code, 'USA');
    assert.equal(lookupCountryName('U.K.')?.code, 'GBR');
    assert.equal(lookupCountryName('us'), undefined);
  });

  it('keeps out alternative spellings that are ordinary words', () => {
    assert.equal(lookupCountryName('Island'), undefined);
  });

  it('lists surface forms longest first', () => {
    const forms = countrySurfaceForms();
    assert.ok(forms.length > 1000);
    for (let i = 1; i < forms.length; i++) assert.ok((forms[i - 1]?.text.length ?? 0) >= (forms[i]?.text.length ?? 0));
  });
});

describe('findCountryMentions', () => {
  it('leaves a possessive out of the span', () => {
    assert.deepEqual(countries('Kazakhstan’s support and Azerbaijan\'s initiatives'), ['Kazakhstan=KAZ', 'Azerbaijan=AZE']);
  });

  it('reads adjectives, and both halves of a hyphenated pair', () => {
    const text = 'The Kazakh side praised Azerbaijani-Kazakh cooperation.';
    assert.deepEqual(countries(text), ['Kazakh=KAZ', 'Azerbaijani=AZE', 'Kazakh=KAZ']);
    assert.equal(findCountryMentions(text)[0]?.form, 'adjective');
  });

  it('prefers the longest country name', () => {
    assert.deepEqual(countries('South Korea and North Korea'), ['South Korea=KOR', 'North Korea=PRK']);
    assert.deepEqual(countries('the Republic of the Congo and the Democratic Republic of the Congo'), [
      'Republic of the Congo=COG',
      'Democratic Republic of the Congo=COD',
    ]);
    assert.deepEqual(countries('Papua New Guinea, Guinea-Bissau and Guinea'), ['Papua New Guinea=PNG', 'Guinea-Bissau=GNB', 'Guinea=GIN']);
  });

  it('does not read lower-case words as countries', () => {
    assert.deepEqual(countries('a roast turkey for us on china plates'), []);
    assert.deepEqual(countries('Turkey told US officials'), ['Turkey=TUR', 'US=USA']);
  });

  it('reads dotted acronyms and a country after a hyphen', () => {
    assert.deepEqual(countries('U.S.-China talks and U.K. ministers'), ['U.S.=USA', 'China=CHN', 'U.K.=GBR']);
  });

  it('reads no country inside the names of places and organisations', () => {
    assert.deepEqual(countries('the Persian Gulf, Latin America and the Organization of American States'), []);
    assert.deepEqual(countries('the South China Sea and the Indian Ocean near Mexico City'), []);
    assert.deepEqual(countries('the Commonwealth of Australia'), ['Commonwealth of Australia=AUS']);
  });
});
