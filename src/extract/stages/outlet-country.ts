// Stage: the country the article's outlet speaks for (src/extract/outlet-country.ts), read once
// the countries and places are known; the article's sides, the people the outlet's country titles
// without a country and its officials' titles are weighed by it.
import type { Stage } from '../stage.ts';
import { outletCountryOf } from '../outlet-country.ts';

export const outletCountryStage: Stage = {
  name: 'outlet-country',
  requires: ['article', 'countries', 'places'],
  assigns: ['outletCountry'],
  run(doc) {
    const code = outletCountryOf(doc);
    if (code !== undefined) doc.outletCountry = code;
  },
};
