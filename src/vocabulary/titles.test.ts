import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalTitle, findHonorificMentions, findTitleMentions, pluraliseTitle, type TitleMention } from './titles.ts';

function only(text: string): TitleMention {
  const mentions = findTitleMentions(text);
  assert.equal(mentions.length, 1, JSON.stringify(mentions));
  const [mention] = mentions;
  assert.ok(mention);
  return mention;
}

function slice(text: string, span: { start: number; end: number } | undefined): string | undefined {
  return span ? text.slice(span.start, span.end) : undefined;
}

describe('findTitleMentions', () => {
  it('reads a minister with a portfolio and the country after it', () => {
    const text = 'Erlan Akkenzhenov, Minister of Energy of Kazakhstan, said.';
    const mention = only(text);
    assert.equal(slice(text, mention), 'Minister of Energy');
    assert.equal(mention.title, 'Minister of Energy');
    assert.equal(mention.portfolio, 'Energy');
    assert.equal(mention.level, 3);
    assert.equal(mention.country, 'KAZ');
    assert.equal(slice(text, mention.countrySpan), 'of Kazakhstan');
  });

  it('reads the portfolio before the noun and the country adjective before that', () => {
    const text = 'the Kazakh Foreign Minister arrived';
    const mention = only(text);
    assert.equal(slice(text, mention), 'Foreign Minister');
    assert.equal(mention.title, 'Foreign Minister');
    assert.equal(mention.country, 'KAZ');
    assert.equal(slice(text, mention.countrySpan), 'Kazakh');
  });

  it('folds the ways of naming foreign affairs into one title', () => {
    for (const text of ['Minister of Foreign Affairs', 'Minister for Foreign Affairs', 'External Affairs Minister', 'FM']) {
      assert.equal(only(text).title, 'Foreign Minister', text);
    }
  });

  it('reads a country possessive before the title', () => {
    const text = "Kazakhstan's Deputy Prime Minister and Foreign Minister Murat Nurtleu";
    const [deputy, foreign] = findTitleMentions(text);
    assert.equal(deputy?.title, 'Deputy Prime Minister');
    assert.equal(deputy?.level, 3);
    assert.equal(deputy?.country, 'KAZ');
    assert.equal(slice(text, deputy?.countrySpan), 'Kazakhstan');
    assert.equal(foreign?.title, 'Foreign Minister');
  });

  it('reads deputy forms of fixed offices and of ministers', () => {
    assert.equal(only('Vice Premier Ding').title, 'Deputy Prime Minister');
    assert.equal(only('First Deputy Prime Minister').title, 'First Deputy Prime Minister');
    assert.equal(only('the Vice-President').title, 'Vice President');
    const deputyMinister = only('Deputy Minister of Foreign Affairs');
    assert.equal(deputyMinister.title, 'Deputy Foreign Minister');
    assert.equal(deputyMinister.level, 4);
    assert.equal(only('Deputy Foreign Minister').title, 'Deputy Foreign Minister');
  });

  it('tells the Secretary of State from a secretary of a portfolio', () => {
    const state = only('Secretary of State Antony J. Blinken');
    assert.equal(state.title, 'Secretary of State');
    assert.equal(state.portfolio, 'Foreign Affairs');
    const text = 'Hon. Gilberto C. Teodoro, Jr., Secretary of National Defense of the Republic of the Philippines';
    const defense = only(text);
    assert.equal(defense.title, 'Secretary of National Defense');
    assert.equal(defense.portfolio, 'Defense');
    assert.equal(defense.country, 'PHL');
    assert.equal(slice(text, defense.countrySpan), 'of the Republic of the Philippines');
    assert.equal(only('Secretary for Foreign Affairs').title, 'Secretary for Foreign Affairs');
    assert.equal(only('Secretary of State for Foreign, Commonwealth and Development Affairs').title, 'Secretary of State for Foreign, Commonwealth and Development Affairs');
  });

  it('reads plural titles', () => {
    const text = 'the Presidents of Azerbaijan and Kazakhstan and the Energy Ministers';
    const [presidents, ministers] = findTitleMentions(text);
    assert.equal(presidents?.title, 'President');
    assert.equal(presidents?.plural, true);
    assert.equal(presidents?.country, 'AZE');
    assert.equal(ministers?.title, 'Minister of Energy');
    assert.equal(ministers?.plural, true);
  });

  it('matches titles in any case and says whether they were capitalised', () => {
    const [lower, upper] = findTitleMentions('the prime minister met President Lula');
    assert.equal(lower?.title, 'Prime Minister');
    assert.equal(lower?.capitalised, false);
    assert.equal(upper?.title, 'President');
    assert.equal(upper?.capitalised, true);
  });

  it('keeps acronyms in capitals', () => {
    assert.deepEqual(findTitleMentions('at 5 pm').map((mention) => mention.title), []);
    assert.equal(only('PM Modi').title, 'Prime Minister');
  });

  it('reads heads of parliaments as speakers', () => {
    assert.equal(only('Chairman of the Mejlis').title, 'Speaker');
    assert.equal(only('Speaker of the National Assembly').title, 'Speaker');
  });

  it('attaches an organisation before or after the title', () => {
    const before = only('UN Secretary-General António Guterres');
    assert.equal(before.title, 'Secretary-General');
    assert.equal(before.organization, 'United Nations');
    const after = only('President of the European Commission');
    assert.equal(after.organization, 'European Commission');
  });

  it('combines portfolios of a merged ministry', () => {
    const mention = only('Minister of Economy and Finance');
    assert.equal(mention.title, 'Minister of Economy and Finance');
    assert.deepEqual(mention.otherPortfolios, ['Finance']);
  });

  it('reads no title inside a hyphenated place name', () => {
    assert.deepEqual(findTitleMentions('NUR-SULTAN. KAZINFORM'), []);
  });

  it('reads "head" only as the head of something', () => {
    assert.equal(only('the head of the agency').title, 'Head');
    assert.deepEqual(findTitleMentions('a head start'), []);
  });
});

describe('findHonorificMentions', () => {
  it('finds words of address to skip before names', () => {
    const text = 'His Excellency Ferdinand R. Marcos, Jr., Mr. KIHARA Minoru, Hon. Enrique A. Manalo and Sheikh Tamim';
    assert.deepEqual(
      findHonorificMentions(text).map((mention) => text.slice(mention.start, mention.end)),
      ['His Excellency', 'Mr.', 'Hon.', 'Sheikh'],
    );
  });

  it('needs honorifics written with their capitals', () => {
    assert.deepEqual(findHonorificMentions('in general, the colonel'), []);
  });

  it('lets an office that contains a rank win over the rank', () => {
    assert.deepEqual(findHonorificMentions('Attorney General Garland'), []);
    assert.equal(only('Attorney General Garland').title, 'Attorney General');
  });
});

describe('canonicalTitle', () => {
  it('folds variants to one canonical title', () => {
    assert.equal(canonicalTitle('Minister of Energy'), 'Minister of Energy');
    assert.equal(canonicalTitle('Energy Minister'), 'Minister of Energy');
    assert.equal(canonicalTitle('Minister of Defense'), 'Minister of Defense');
    assert.equal(canonicalTitle('Minister of Defence'), 'Minister of Defense');
    assert.equal(canonicalTitle('vice premier'), 'Deputy Prime Minister');
    assert.equal(canonicalTitle('Deputy PM'), 'Deputy Prime Minister');
    assert.equal(canonicalTitle('Premier'), 'Prime Minister');
    assert.equal(canonicalTitle('Spokesman'), 'Spokesperson');
    assert.equal(canonicalTitle('Ambassador Extraordinary and Plenipotentiary'), 'Ambassador');
  });

  it('accepts a country around the title', () => {
    assert.equal(canonicalTitle('Kazakh Foreign Minister'), 'Foreign Minister');
    assert.equal(canonicalTitle('President of Kazakhstan'), 'President');
  });

  it('returns nothing for words that are not one title', () => {
    assert.equal(canonicalTitle('strategic partnership'), undefined);
    assert.equal(canonicalTitle('President and Prime Minister'), undefined);
  });
});

describe('pluraliseTitle', () => {
  it('changes the head noun', () => {
    assert.equal(pluraliseTitle('Head of State'), 'Heads of State');
    assert.equal(pluraliseTitle('Secretary-General'), 'Secretaries-General');
    assert.equal(pluraliseTitle('Chairman'), 'Chairmen');
    assert.equal(pluraliseTitle('Foreign Minister'), 'Foreign Ministers');
    assert.equal(pluraliseTitle('PM'), 'PMs');
  });
});

describe('portfolio names governments extend', () => {
  it('keeps the capitalised words that continue a portfolio in the title, not in the name after it', () => {
    const text = 'Minister of State for Mineral Resources Development Ana Soto said.';
    assert.equal(slice(text, only(text)), 'Minister of State for Mineral Resources Development');
    const lower = 'the Minister of Mining resources said';
    assert.equal(slice(lower, only(lower)), 'Minister of Mining');
  });
});
