import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCommonWordCityName, lookupCity } from './cities.ts';
import { allCountries } from './countries.ts';

function countriesOf(name: string): string[] {
  return lookupCity(name).map((city) => city.country);
}

describe('lookupCity', () => {
  it('returns one candidate per country, the capital first', () => {
    const tripoli = lookupCity('Tripoli');
    assert.equal(tripoli[0]?.country, 'LBY');
    assert.equal(tripoli[0]?.capital, true);
    assert.ok(countriesOf('Tripoli').includes('LBN'));
    assert.ok(countriesOf('Alexandria').includes('EGY') && countriesOf('Alexandria').includes('USA'));
    assert.equal(new Set(countriesOf('Alexandria')).size, countriesOf('Alexandria').length);
  });

  it('folds the name it is given', () => {
    assert.equal(lookupCity('BAKU')[0]?.country, 'AZE');
    assert.equal(lookupCity('Xi’an')[0]?.country, 'CHN');
    assert.equal(lookupCity('Fuzuli')[0]?.country, 'AZE');
  });

  it('knows English names that GeoNames writes otherwise', () => {
    assert.equal(lookupCity('Kiev')[0]?.name, 'Kyiv');
    assert.equal(lookupCity('Nur-Sultan')[0]?.name, 'Astana');
    assert.equal(lookupCity('Xian')[0]?.country, 'CHN');
    assert.equal(lookupCity('New York')[0]?.name, 'New York City');
  });

  it('puts the capital Washington before the other Washingtons', () => {
    const washington = lookupCity('Washington')[0];
    assert.equal(washington?.country, 'USA');
    assert.equal(washington?.capital, true);
    assert.ok(Math.abs((washington?.lat ?? 0) - 38.9) < 0.5);
  });

  it('finds the capital of almost every country', () => {
    const missing = allCountries().filter(
      (country) => country.capital && !country.capitals.some((capital) => lookupCity(capital).some((city) => city.capital && city.country === country.code)),
    );
    assert.ok(missing.length <= 8, missing.map((country) => `${country.code}:${country.capital}`).join(' '));
  });

  it('returns nothing for a name that is no city', () => {
    assert.deepEqual(lookupCity('Qwertyuiop'), []);
  });
});

describe('isCommonWordCityName', () => {
  it('knows city names that are English words or titles', () => {
    for (const word of ['union', 'mobile', 'of', 'reading', 'king', 'sultan', 'unity']) assert.equal(isCommonWordCityName(word), true, word);
  });

  it('leaves capitals and ordinary city names alone', () => {
    for (const name of ['paris', 'victoria', 'male', 'tripoli', 'aktau', 'aleppo']) assert.equal(isCommonWordCityName(name), false, name);
  });

  it('lists only names that are cities', () => {
    assert.ok(lookupCity('Mobile').length > 0);
    assert.ok(lookupCity('Union').length > 0);
  });
});
