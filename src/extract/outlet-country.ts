// The country an article's outlet speaks for: a ministry, a presidency or a national paper names
// its country ("Ministry of Foreign Affairs of Japan", "Premium Times (Nigeria)"); a company does not.
import type { AnnotatedDocument } from './annotated-document.ts';
import { findCountryMentions } from '../vocabulary/gazetteer.ts';
import { countryOfTopLevelDomain } from '../vocabulary/countries.ts';
import { loadDataFile } from '../vocabulary/data-file.ts';
import type { OrganizationKind } from '../vocabulary/organizations.ts';
import { phraseSource } from './pattern-source.ts';

const bodyWords = loadDataFile<{ heads: { [phrase: string]: OrganizationKind }; legal_suffixes: string[] }>('organization-patterns.yaml');
/** A company's head nouns ("Company", "Corporation") and legal forms ("Ltd"): a company's release is no country's voice. */
const COMPANY_WORD = new RegExp(
  `(?:^|\\s)(?:${[...Object.keys(bodyWords.heads).filter((head) => bodyWords.heads[head] === 'company'), ...bodyWords.legal_suffixes].map(phraseSource).join('|')})(?![\\p{L}.])`,
  'iu',
);

/**
 * A government's own site: "mofa.go.jp", "www.gob.mx", "sanews.gov.za" (a government second-level
 * domain under a country's domain), and the United States' ".gov".
 */
const GOVERNMENT_HOST = /(?:^|\.)(?:gov|go|gob|gouv|govt|gv)\.([a-z]{2})$/;
const UNITED_STATES_GOVERNMENT_HOST = /\.(?:gov|mil)$/;

const outletsFile = loadDataFile<{ outlets: { [code: string]: string[] }; generic_country_domains: string[] }>('outlets.yaml');
/** National agencies and papers (data/outlets.yaml), whole words as written: "APA" is not "Apathy", "MENA" not "MENAFN". */
const OUTLET_NAMES = Object.entries(outletsFile.outlets).map(([code, names]) => ({
  code,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}.])(?:${names.map(phraseSource).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'u'),
}));
const GENERIC_COUNTRY_DOMAINS = new Set(outletsFile.generic_country_domains);

/** A source given as the address of its page, not as a name. */
function isAddress(source: string | undefined): source is string {
  return source !== undefined && /^https?:/i.test(source);
}

function hostOf(source: string): string | undefined {
  try {
    return new URL(source).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function governmentSiteCountry(source: string): string | undefined {
  const host = hostOf(source);
  if (host === undefined) return undefined;
  if (UNITED_STATES_GOVERNMENT_HOST.test(host)) return 'USA';
  const government = GOVERNMENT_HOST.exec(host);
  return government ? countryOfTopLevelDomain(`.${government[1]}`) : undefined;
}

/**
 * The countries an outlet or source states by name ("Ministry of External Affairs, Government of
 * India"), else the countries of the national outlets it names ("MENAFN (Trend News Agency copy)");
 * a company states none.
 */
function countriesNamedBy(name: string): Set<string> {
  if (COMPANY_WORD.test(name)) return new Set();
  const named = new Set(findCountryMentions(name).map((c) => c.code));
  return named.size > 0 ? named : new Set(OUTLET_NAMES.filter((o) => o.pattern.test(name)).map((o) => o.code));
}

/** The country of a news site's own country domain ("inform.kz"); not of one used world-wide for another meaning (".tv"). */
function siteCountry(source: string): string | undefined {
  const domain = hostOf(source)?.split('.').pop();
  return domain && !GENERIC_COUNTRY_DOMAINS.has(domain) ? countryOfTopLevelDomain(`.${domain}`) : undefined;
}

/** The one country the outlet speaks for: named by the outlet, or else by the source, or a government site the source is on. */
function statedCountry(doc: AnnotatedDocument): string | undefined {
  const { outlet, source } = doc.article;
  if (outlet && COMPANY_WORD.test(outlet)) return undefined;
  for (const name of [outlet, source]) {
    if (!name || isAddress(name)) continue;
    const codes = countriesNamedBy(name);
    if (codes.size > 1) return undefined;
    if (codes.size === 1) return [...codes][0];
  }
  return isAddress(source) ? (governmentSiteCountry(source) ?? siteCountry(source)) : undefined;
}

/** An outlet that is a government's own voice: a ministry, a presidency, a head of government's office, an embassy. */
const GOVERNMENT_OUTLET = /\b(?:ministry|presidency|president|prime minister|government|embassy|cabinet|office)\b/i;

/**
 * The country a government's own readout speaks for (its outlet is a government body, or its
 * source a government site), even when the text never names it ("External Affairs Minister …
 * paid an official visit to Mauritius"): a side of the article's pair. Its officials are not
 * given it unless the text names it too (outletCountryOf): those met on a visit abroad are the hosts.
 */
export function governmentCountry(doc: AnnotatedDocument): string | undefined {
  const { outlet, source } = doc.article;
  const governmentVoice = GOVERNMENT_OUTLET.test(outlet ?? '') || (isAddress(source) && governmentSiteCountry(source) !== undefined);
  return governmentVoice ? statedCountry(doc) : undefined;
}

/**
 * The one country an outlet's name states ("Ministry of Foreign Affairs of Japan", "Premium Times
 * (Nigeria)"), when the article's title or text names it too, or a place of it ("Doha" in a
 * Qatari agency's report of talks "at the Amiri Diwan").
 */
export function outletCountryOf(doc: AnnotatedDocument): string | undefined {
  const code = statedCountry(doc);
  if (code === undefined) return undefined;
  const named = doc.countries.some((c) => c.code === code && !c.insideName) || doc.places.some((p) => p.country === code)
    || findCountryMentions(doc.article.title ?? '').some((c) => c.code === code);
  return named ? code : undefined;
}
