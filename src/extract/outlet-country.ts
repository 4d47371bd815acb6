// The country an article's outlet speaks for: a ministry, a presidency or a national paper names
// its country ("Ministry of Foreign Affairs of Japan", "Premium Times (Nigeria)"); a company does not.
import type { AnnotatedDocument } from './annotated-document.ts';
import { findCountryMentions } from '../vocabulary/gazetteer.ts';
import { loadDataFile } from '../vocabulary/data-file.ts';
import type { OrganizationKind } from '../vocabulary/organizations.ts';
import { phraseSource } from './pattern-source.ts';

const bodyWords = loadDataFile<{ heads: { [phrase: string]: OrganizationKind }; legal_suffixes: string[] }>('organization-patterns.yaml');
/** A company's head nouns ("Company", "Corporation") and legal forms ("Ltd"): a company's release is no country's voice. */
const COMPANY_WORD = new RegExp(
  `(?:^|\\s)(?:${[...Object.keys(bodyWords.heads).filter((head) => bodyWords.heads[head] === 'company'), ...bodyWords.legal_suffixes].map(phraseSource).join('|')})(?![\\p{L}.])`,
  'iu',
);

/** The one country an outlet's name states ("Ministry of Foreign Affairs of Japan", "Premium Times (Nigeria)"), when the article's title or text names it too. */
export function outletCountry(doc: AnnotatedDocument): string | undefined {
  if (COMPANY_WORD.test(doc.article.outlet ?? '')) return undefined;
  const codes = new Set(findCountryMentions(doc.article.outlet ?? '').map((c) => c.code));
  if (codes.size !== 1) return undefined;
  const [code] = codes;
  const named = doc.countries.some((c) => c.code === code && !c.insideName) || findCountryMentions(doc.article.title ?? '').some((c) => c.code === code);
  return named ? code : undefined;
}
