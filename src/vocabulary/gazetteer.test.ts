import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCountries } from './countries.ts';
import { findGazetteerMentions, findOrganizationMentions, findPlaceMentions } from './gazetteer.ts';
import { allOrganizations, lookupOrganization } from './organizations.ts';
import { allPlaces, lookupPlace } from './places.ts';

function places(text: string): string[] {
  return findPlaceMentions(text).map((mention) => `${text.slice(mention.start, mention.end)}=${mention.place.name}`);
}

function organizations(text: string): string[] {
  return findOrganizationMentions(text).map((mention) => `${text.slice(mention.start, mention.end)}=${mention.org.name}`);
}

describe('places', () => {
  it('holds seas, regions and continents with kinds and coordinates', () => {
    assert.ok(allPlaces().length >= 80);
    const caspian = lookupPlace('caspian sea');
    assert.equal(caspian?.kind, 'sea');
    assert.equal(caspian?.country, undefined);
    assert.ok(Math.abs((caspian?.lat ?? 0) - 41.7) < 5);
    assert.equal(lookupPlace('Strait of Hormuz')?.kind, 'sea');
    assert.equal(lookupPlace('Indo-Pacific')?.kind, 'region');
  });

  it('gives a country only to places inside one uncontested country', () => {
    assert.equal(lookupPlace('Northern Ireland')?.country, 'GBR');
    assert.equal(lookupPlace('Nagorno-Karabakh')?.country, 'AZE');
    assert.equal(lookupPlace('Crimea')?.country, undefined);
    assert.equal(lookupPlace('Kashmir')?.country, undefined);
  });

  it('names only countries that exist', () => {
    const codes = new Set(allCountries().map((country) => country.code));
    for (const place of allPlaces()) {
      if (place.country) assert.ok(codes.has(place.country), `${place.name}: ${place.country}`);
    }
  });

  it('finds places by name and alias, longest first', () => {
    assert.deepEqual(places('The Caspian Sea links Central Asia and the South Caucasus; the Caspian is shallowing.'), [
      'Caspian Sea=Caspian Sea',
      'Central Asia=Central Asia',
      'South Caucasus=South Caucasus',
      'Caspian=Caspian Sea',
    ]);
    assert.deepEqual(places('Europe and Asia, East Asia and the Middle East'), [
      'Europe=Europe',
      'Asia=Asia',
      'East Asia=East Asia',
      'Middle East=Middle East',
    ]);
  });

  it('reads no place inside a country or organisation name', () => {
    assert.deepEqual(places('South Africa and the Arctic Council met the Pacific Islands Forum'), []);
  });

  it('does not read lower-case words as places', () => {
    assert.deepEqual(places('the gulf between them, the arctic cold'), []);
  });
});

describe('organizations', () => {
  it('holds at least 180 international organisations, each with a kind', () => {
    assert.ok(allOrganizations().length >= 180);
    for (const organization of allOrganizations()) assert.equal(organization.kind, 'international');
  });

  it('names parents that are themselves listed', () => {
    const names = new Set(allOrganizations().map((organization) => organization.name));
    for (const organization of allOrganizations()) {
      if (organization.partOf) assert.ok(names.has(organization.partOf), `${organization.name} → ${organization.partOf}`);
    }
  });

  it('looks up acronyms as written and names folded', () => {
    assert.equal(lookupOrganization('OTS')?.name, 'Organization of Turkic States');
    assert.equal(lookupOrganization('Turkic Council')?.name, 'Organization of Turkic States');
    assert.equal(lookupOrganization('organisation for security and co-operation in europe')?.name, 'Organization for Security and Co-operation in Europe');
    assert.equal(lookupOrganization('who'), undefined);
  });

  it('finds a long name and its acronym in parentheses', () => {
    assert.deepEqual(organizations('the Conference on Interaction and Confidence Building Measures in Asia (CICA) and the UN'), [
      'Conference on Interaction and Confidence Building Measures in Asia=Conference on Interaction and Confidence Building Measures in Asia',
      'CICA=Conference on Interaction and Confidence Building Measures in Asia',
      'UN=United Nations',
    ]);
  });

  it('accepts British and American spellings and former names', () => {
    assert.deepEqual(organizations('the Organisation for Security and Cooperation in Europe and the Turkic Council'), [
      'Organisation for Security and Cooperation in Europe=Organization for Security and Co-operation in Europe',
      'Turkic Council=Organization of Turkic States',
    ]);
  });

  it('reads the Minsk Group with or without its parent', () => {
    assert.deepEqual(organizations('the OSCE Minsk Group, later the Minsk Group'), [
      'OSCE Minsk Group=OSCE Minsk Group',
      'Minsk Group=OSCE Minsk Group',
    ]);
  });

  it('needs acronyms in capitals and names with their capitals', () => {
    assert.deepEqual(organizations('who knows; the un-named; a world health organization'), []);
    assert.deepEqual(organizations('WHO and the IsDB'), ['WHO=World Health Organization', 'IsDB=Islamic Development Bank']);
  });

  it('tells the GUAM organisation from the island of Guam', () => {
    const text = 'GUAM ministers met on Guam.';
    assert.deepEqual(
      findGazetteerMentions(text).map((mention) => mention.type),
      ['organization', 'country'],
    );
  });

  it('lets a country name beat an organisation alias inside it', () => {
    assert.deepEqual(organizations('the Commonwealth of Australia and the Commonwealth'), ['Commonwealth=Commonwealth of Nations']);
  });
});
