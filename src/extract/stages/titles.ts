// Stage: titles of office, read once for every stage that needs them. The vocabulary finds the
// title and its canonical form ("Minister for Foreign Affairs" → "Foreign Minister"); this stage
// reads what the text says around it: the nationality ("Kazakh", "Kazakhstan's", "of
// Kazakhstan", "Presidents of X and Y"), the rest of an office's name that the vocabulary does
// not list ("Minister for Human Rights and Social Dialogue", "Ambassador to Oman", "Adviser to
// the Prime Minister", "Chairman of the Cabinet of Ministers"), where the holder's name may
// begin, and which titles one person holds together ("Deputy Prime Minister and Foreign Minister").
import type { AnnotatedDocument, OrganizationMention, TitleMention } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { findTitleMentions } from '../../vocabulary/titles.ts';
import { SpanIndex } from '../span-index.ts';
import { countryMentionsIn } from '../countries-in.ts';
import { citiesNamed } from '../../vocabulary/cities.ts';
import { subdivisionsNamed } from '../../vocabulary/subdivisions.ts';
import { foldText } from '../../vocabulary/fold.ts';
import { isApposed, readHeadedBody, readOfficeTail, readPossessedBody, readRemitAfterCountry } from './title-tails.ts';

const HYPHEN_THEN_LETTER = /^-\p{L}/u;
const LETTER_THEN_HYPHEN = /\p{L}-$/u;

/**
 * The nationality written just before a title: "Kazakh Foreign Minister", "Kazakhstan's
 * President", "his Botswana counterpart President …", or that of the body whose office it is
 * ("the Egyptian Presidency's spokesman", "Russian Foreign Ministry spokeswoman").
 */
function nationalityBefore(doc: AnnotatedDocument, bodies: SpanIndex<OrganizationMention>, title: TitleMention): string | undefined {
  const before = countryMentionsIn(doc, Math.max(0, title.start - 40), title.start).at(-1);
  if (before && /^(?:'s?)?\s*(?:counterparts?,?\s+)?$/i.test(doc.text.slice(before.end, title.start))) return before.code;
  const body = bodies.overlapping(Math.max(0, title.start - 4), title.start).find((o) => /^(?:['’]s)?\s+$/.test(doc.text.slice(o.end, title.start)));
  return body && countryOfBody(doc, body);
}

/** A body's country, stated at this mention or another of the same body ("the Belarusian Minsk Tractor Works" … "Minsk Tractor Works"). */
function countryOfBody(doc: AnnotatedDocument, body: OrganizationMention): string | undefined {
  return body.country ?? doc.organizations.find((o) => o.name === body.name && o.country)?.country;
}

/** The words from a title's end to the end of the body it heads, without the body's country ("of the Cabinet of Ministers of Georgia" → "of the Cabinet of Ministers"). */
function bodyAsWritten(doc: AnnotatedDocument, from: number, bodyEnd: number): string {
  const country = countryMentionsIn(doc, from, bodyEnd).find((c) => c.end === bodyEnd);
  const ofCountry = country ? /\s+of\s+(?:the\s+)?$/.exec(doc.text.slice(from, country.start)) : null;
  const end = country && ofCountry ? country.start - ofCountry[0].length : bodyEnd;
  return doc.text.slice(from, end).replace(/\s+/g, ' ');
}

const OF_AT_START = /^\s+of\s+(?:the\s+)?/;

/** The body named right after "of" ("of the Cabinet of Ministers") at an offset. */
function bodyAfterOf(doc: AnnotatedDocument, from: number): OrganizationMention | undefined {
  const of = OF_AT_START.exec(doc.text.slice(from, from + 40));
  return of ? doc.organizations.find((o) => o.start === from + of[0].length) : undefined;
}

/**
 * The countries or the body after a title: "of Kazakhstan", "of the Republic of X and Y", "of the
 * Cabinet of Ministers of the Kyrgyz Republic" (the body the office heads, its
 * organisation, then its country).
 */
function readCountryTail(doc: AnnotatedDocument, title: TitleMention): void {
  let body = bodyAfterOf(doc, title.nameFrom);
  // "President of the Republic Pedro Castillo": the state named by a common noun is the office's own; not so the first word of a body ("of the State Committee for …").
  const state = /^\s+of\s+the\s+(?:Republic|Nation|Kingdom|State|Country)\b(?!\s+of\b)/i.exec(doc.text.slice(title.nameFrom, title.nameFrom + 40));
  if (state && !body) {
    title.nameFrom += state[0].length;
    body = bodyAfterOf(doc, title.nameFrom);
  }
  let tail = OF_AT_START.exec(doc.text.slice(title.nameFrom, title.nameFrom + 40));
  if (body) {
    // "Chairman of Sudan's Sovereign Council": a body of a country named by its possessive is part of the title.
    const owner = countryMentionsIn(doc, body.start, body.end).find((c) => c.start === body.start && doc.text.startsWith("'s ", c.end));
    if (!owner) title.organization = body.name;
    // "Deputy Head of the Government's Administration Nino Beridze": before the name, the body the office heads is part of the title as written.
    if (owner || !isApposed(doc, title)) title.written = `${title.written}${bodyAsWritten(doc, title.nameFrom, body.end)}`;
    title.nameFrom = body.end;
    const bodyCountry = countryOfBody(doc, body);
    if (bodyCountry) title.countries.push(bodyCountry);
    tail = OF_AT_START.exec(doc.text.slice(body.end, body.end + 40));
  }
  if (!tail) return;
  let cursor = title.nameFrom + tail[0].length;
  for (;;) {
    // The gazetteer may have read "Republic of Azerbaijan" as the country, or only "Azerbaijan".
    const country = countryMentionsIn(doc, cursor, cursor + 80).find((c) => c.start === cursor || /^\s*(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?$/.test(doc.text.slice(cursor, c.start)));
    if (!country) break;
    title.countries.push(country.code);
    title.nameFrom = country.end;
    const joiner = /^(\s*,\s*|\s+and\s+)(?:the\s+)?/.exec(doc.text.slice(country.end, country.end + 8));
    if (!joiner) break;
    cursor = country.end + joiner[0].length;
  }
}

/**
 * "A, Minister of Energy, Trinidad and Tobago; B, …": in a list of names with their titles, a
 * country closing the item after a comma is the holder's.
 */
function countryClosingListItem(doc: AnnotatedDocument, title: TitleMention): string | undefined {
  const comma = /^,\s+(?:the\s+)?/.exec(doc.text.slice(title.nameFrom, title.nameFrom + 8));
  if (!comma || !isApposed(doc, title)) return undefined;
  const at = title.nameFrom + comma[0].length;
  const country = countryMentionsIn(doc, at, at + 60).find((c) => c.start === at && c.form === 'name');
  return country && /^\s*(?:[;.]|$|\n)/.test(doc.text.slice(country.end, country.end + 2)) ? country.code : undefined;
}

/** "a delegation of Morocco's Office of Mines, led by its Director-General, A": the country of the body "its" refers to, named before in the sentence. */
function possessingBodyCountry(doc: AnnotatedDocument, title: TitleMention): string | undefined {
  if (!/\bits\s+$/.test(doc.text.slice(Math.max(0, title.start - 5), title.start))) return undefined;
  let body: OrganizationMention | undefined;
  for (const o of doc.organizations) if (o.end <= title.start && title.start - o.end < 120 && (!body || o.end > body.end)) body = o;
  return body && !/[.!?]\s/.test(doc.text.slice(body.end, title.start)) ? body.country : undefined;
}

const OF_PLACE = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})/u;

/**
 * "Governor of Kano State", "Crown Prince of Dubai", "Mayor of Rotterdam": an office of a city or
 * province, or of a body named after one ("executive director of the Ganja Automobile Plant"), is
 * of the country that has a city or province of that name, among the countries the article names
 * (a name many countries share says nothing).
 */
function placeOfOffice(doc: AnnotatedDocument, title: TitleMention): string | undefined {
  const of = OF_PLACE.exec(doc.text.slice(title.end, title.end + 60));
  if (!of) return undefined;
  const named = new Set(doc.countries.filter((c) => !c.insideName).map((c) => c.code));
  const words = of[1].split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const folded = foldText(words.slice(0, n).join(' '));
    const countries = new Set([...citiesNamed(folded), ...subdivisionsNamed(folded)].map((place) => place.country).filter((code) => named.has(code)));
    if (countries.size > 0) return countries.size === 1 ? [...countries][0] : undefined;
  }
  return undefined;
}

/** Whether a title follows the one before it as another office of the same person ("Deputy Prime Minister and Foreign Minister", "… – Minister of Foreign Affairs", "Defence Minister Prince X"). */
function joinsPrevious(doc: AnnotatedDocument, previous: TitleMention | undefined, title: TitleMention): boolean {
  if (!previous || previous.plural) return false;
  // "Deputy Prime Minister, Kazakhstan's FM X": after a comma alone, the second title may restate the same nationality.
  const nationality = countryMentionsIn(doc, previous.nameFrom, title.start).at(-1);
  if (nationality && /^(?:'s?)?\s*$/.test(doc.text.slice(nationality.end, title.start))) {
    if (previous.country !== undefined && previous.country !== nationality.code) return false;
    return /^\s*,\s*$/.test(doc.text.slice(previous.nameFrom, nationality.start));
  }
  // "Defence Minister Prince Khalid": an office, then a lesser title (a style), then the name; not "a spokesperson for New Zealand Deputy Prime Minister A".
  if (previous.level < title.level && /^\s+$/.test(doc.text.slice(previous.nameFrom, title.start))) return true;
  return /^\s*(?:,|and|,\s*and|\/|-)\s*$/.test(doc.text.slice(previous.nameFrom, title.start));
}

export const titlesStage: Stage = {
  name: 'titles',
  requires: ['text', 'tokens', 'vocabulary', 'countries', 'places', 'organizations'],
  assigns: ['titles'],
  run(doc) {
    const bodies = new SpanIndex(doc.organizations);
    const found: TitleMention[] = [];
    for (const t of findTitleMentions(doc.text, doc.vocabulary)) {
      // "Amir-Abdollahian": a title word hyphenated to a name is part of the name.
      // "co-chair", "ex-President" are titles.
      // Looked for only next to a hyphen: most titles have none.
      if ((doc.text[t.end] === '-' && HYPHEN_THEN_LETTER.test(doc.text.slice(t.end, t.end + 2))) || (doc.text[t.start - 1] === '-' && LETTER_THEN_HYPHEN.test(doc.text.slice(Math.max(0, t.start - 2), t.start)) && !/\b(?:co|ex)-$/i.test(doc.text.slice(Math.max(0, t.start - 4), t.start)))) continue;
      if (bodies.containing(t.start, t.end).length > 0) continue;
      // "House of Advisors", "Council of Ministers": a plural title after "of" is part of a body's name.
      if (t.plural && /\p{Lu}\p{L}*\s+of\s+$/u.test(doc.text.slice(Math.max(0, t.start - 30), t.start))) continue;
      // "Sultan bin Salim Al Habsi": a title word before a patronymic particle is a given name.
      if (/^\s+(?:bin|bint|ibn|ben)\s/.test(doc.text.slice(t.end, t.end + 7))) continue;
      const prefix = doc.text[t.start - 1] === '-' ? /\b(co|ex)-$/i.exec(doc.text.slice(Math.max(0, t.start - 4), t.start)) : null;
      // "Chairman of the Caribbean Community Ana Soto": the organisation after a title before the name is part of it as written.
      const organizationAfter = t.organizationSpan && t.organizationSpan.start > t.end && !isApposed(doc, t) ? bodyAsWritten(doc, t.end, t.organizationSpan.end) : '';
      found.push({
        start: t.start - (prefix?.[0].length ?? 0), end: t.end, title: t.title, level: t.level, plural: t.plural,
        written: `${prefix ? `${prefix[1].charAt(0).toUpperCase()}${prefix[1].slice(1).toLowerCase()}-` : ''}${t.written}${organizationAfter}`,
        ...(t.country ? { country: t.country } : {}),
        // "UN Secretary-General", "Secretary-General of the United Nations": the organisation's office, its name after.
        ...(t.organization ? { organization: t.organization } : {}),
        countries: [], nameFrom: Math.max(t.end, t.organizationSpan?.end ?? 0), joinedToPrevious: false,
      });
    }
    for (let i = 0; i < found.length; i++) {
      const title = found[i];
      // "Adviser to the Prime Minister": an office named after another is one title, the first's.
      const merged = readOfficeTail(doc, title, found[i + 1]);
      if (merged) found.splice(i + 1, 1);
      readCountryTail(doc, title);
      readRemitAfterCountry(doc, title, found[i + 1]?.start ?? Infinity);
      readPossessedBody(doc, title, found[i + 1]?.start ?? Infinity);
      readHeadedBody(doc, title, found[i + 1]?.start ?? Infinity);
      title.country ??= nationalityBefore(doc, bodies, title) ?? title.countries[0] ?? countryClosingListItem(doc, title) ?? possessingBodyCountry(doc, title) ?? placeOfOffice(doc, title);
      // "Prime Minister (PM) Taur Matan Ruak": a short bracket between the title and the name.
      const bracket = /^\s*\([^()]{1,12}\)/.exec(doc.text.slice(title.nameFrom, title.nameFrom + 16));
      if (bracket) title.nameFrom += bracket[0].length;
      title.joinedToPrevious = joinsPrevious(doc, found[i - 1], title);
    }
    doc.titles.push(...found);
  },
};
