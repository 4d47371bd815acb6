import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText, foldToken } from './fold.ts';

describe('foldText', () => {
  it('lower-cases and removes diacritics so Türkiye and TURKIYE meet', () => {
    assert.equal(foldText('Türkiye'), 'turkiye');
    assert.equal(foldText('TURKIYE'), 'turkiye');
    assert.equal(foldText('Côte d’Ivoire'), "cote d'ivoire");
  });

  it('folds letters that decomposition leaves whole', () => {
    assert.equal(foldText('Naxçıvan'), 'naxcivan');
    assert.equal(foldText('Łódź'), 'lodz');
    assert.equal(foldText('Gəncə'), 'ganca');
  });

  it('turns typographic apostrophes, quotes and dashes into ASCII', () => {
    assert.equal(foldText('People’s'), "people's");
    assert.equal(foldText('“Digital Silk Road”'), '"digital silk road"');
    assert.equal(foldText('Maghreb–Europe'), 'maghreb-europe');
  });

  it('collapses and trims whitespace', () => {
    assert.equal(foldText('  South \n  Korea\t'), 'south korea');
  });

  it('folds a single token the same way as a text', () => {
    assert.equal(foldToken('Xi’an'), "xi'an");
    assert.equal(foldToken('Kazakhstan'), 'kazakhstan');
  });
});
