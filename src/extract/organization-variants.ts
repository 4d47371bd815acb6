// One body named several ways in one article gets one name, the others becoming aliases:
// "Azerbaijan's Cabinet of Ministers" and "the Cabinet of Ministers of Azerbaijan"; "Kenya's Energy
// Ministry" and "the Ministry of Energy of Kenya"; the bare "Cabinet of Ministers" once the article
// has named only one; and a shortened name ("the Strategic Committee") once the article has given
// the full one ("the Chile-Peru Strategic Committee").
import type { CountryMention, OrganizationMention } from './annotated-document.ts';
import type { SpanIndex } from './span-index.ts';

/** A body's name without the country that owns it (the possessive before or "of <country>" after), with "X Ministry" read as "Ministry of X". */
function ownerlessName(o: OrganizationMention, text: string, countries: SpanIndex<CountryMention>): string {
  let name = text.slice(o.start, o.end);
  if (name !== o.name) return o.name.toLowerCase();
  for (const c of countries.within(o.start, o.end).reverse()) {
    const from = c.start - o.start;
    const to = c.end - o.start;
    name = name.slice(0, from).replace(/\s+of\s+(?:the\s+)?$/i, '') + name.slice(to).replace(/^['’]s\s+/, '');
  }
  return name.trim().toLowerCase().replace(/^(?:the\s+)?([\w-]+(?:\s+and\s+[\w-]+)?)\s+ministry$/, 'ministry of $1');
}

/** A body's name with its lower case and its words, made once for the comparisons of every name with the others. */
interface BodyName {
  name: string;
  lower: string;
  words: string[];
}

function bodyName(name: string): BodyName {
  const lower = name.toLowerCase();
  return { name, lower, words: lower.split(/\s+/) };
}

/** The one longer name in the list of which `name` is the last words, or undefined when none or several are. */
function onlyFullerName(name: BodyName, names: readonly BodyName[]): string | undefined {
  const words = name.words;
  if (words.length < 2) return undefined;
  const fuller = names.filter(({ words: otherWords }) => otherWords.length > words.length && words.every((w, i) => otherWords[otherWords.length - words.length + i] === w));
  return fuller.length === 1 ? fuller[0].name : undefined;
}

/** Words after a name that only say what kind of body it is: "Trend" and "Trend News Agency" are one outlet. */
const KIND_WORDS = /^(?:news agency|agency|news|newspaper|company|group|corporation|holding|limited|ltd\.?|plc|llc|jsc|ojsc|pjsc|s\.a\.)$/;

/** The one longer name that is `name` followed by kind words only, or undefined when none or several are. */
function onlyNameWithKindWords(name: BodyName, names: readonly BodyName[]): string | undefined {
  const prefix = `${name.lower} `;
  const longer = names.filter((other) => other.lower.startsWith(prefix) && KIND_WORDS.test(other.lower.slice(prefix.length)));
  return longer.length === 1 ? longer[0].name : undefined;
}

/** For each alias, the names of the bodies that give it. */
function namesByAlias(organizations: readonly OrganizationMention[]): Map<string, Set<string>> {
  const byAlias = new Map<string, Set<string>>();
  for (const o of organizations) {
    for (const alias of o.aliases) {
      if (alias === o.name) continue;
      const names = byAlias.get(alias) ?? new Set<string>();
      names.add(o.name);
      byAlias.set(alias, names);
    }
  }
  return byAlias;
}

/** The one other body that gives this name as an alias ("VTW OJSC" after "Volta Tractor Works (VTW) OJSC"). */
function onlyNameWithAlias(o: OrganizationMention, byAlias: Map<string, Set<string>>): string | undefined {
  const names = [...(byAlias.get(o.name) ?? [])].filter((name) => name !== o.name);
  return names.length === 1 ? names[0] : undefined;
}

/** "a LATAM (Latin American Airlines) flight": an acronym and its bracketed expansion are one body, named by the expansion. */
function joinAcronymAndExpansion(organizations: OrganizationMention[], text: string): void {
  for (let i = 0; i + 1 < organizations.length; i++) {
    const acronym = organizations[i];
    const expansion = organizations[i + 1];
    if (!/^[A-Z]{2,8}$/.test(acronym.name) || !/^\s*\($/.test(text.slice(acronym.end, expansion.start)) || text[expansion.end] !== ')') continue;
    if (!expansion.aliases.includes(acronym.name)) expansion.aliases.push(acronym.name);
    acronym.aliases = [...expansion.aliases];
    acronym.name = expansion.name;
    acronym.kind = expansion.kind;
  }
}

/** Renames, in place, every mention of a body to the first name the article gave it, keeping the others as aliases. */
export function mergeVariantNames(organizations: OrganizationMention[], text: string, countries: SpanIndex<CountryMention>): void {
  joinAcronymAndExpansion(organizations, text);
  const keyOf = new Map<OrganizationMention, string>();
  for (const o of organizations) keyOf.set(o, `${o.country ?? ''}:${ownerlessName(o, text, countries)}`);
  const owned = new Map<string, string[]>();
  for (const o of organizations) {
    const key = keyOf.get(o)!;
    if (!o.country) continue;
    const bare = key.slice(key.indexOf(':') + 1);
    if (!(owned.get(bare) ?? []).includes(key)) owned.set(bare, [...(owned.get(bare) ?? []), key]);
  }
  const canonical = new Map<string, string>();
  const rename = (o: OrganizationMention, name: string) => {
    if (name === o.name) return;
    if (!o.aliases.includes(o.name)) o.aliases.push(o.name);
    o.name = name;
  };
  for (const o of organizations) {
    let key = keyOf.get(o)!;
    // "The Cabinet of Ministers" after "the Cabinet of Ministers of Azerbaijan" is that body when no other country has one.
    const ownedKeys = !o.country ? owned.get(key.slice(1)) : undefined;
    if (ownedKeys?.length === 1) key = ownedKeys[0];
    const known = canonical.get(key);
    if (known) rename(o, known);
    else canonical.set(key, o.name);
  }
  const bodies = [...new Set(organizations.filter((o) => o.kind !== 'international').map((o) => o.name))].map(bodyName);
  const byAlias = namesByAlias(organizations);
  // Names repeat: each is compared with the others once.
  const fullerOf = new Map<string, string | undefined>();
  for (const o of organizations) {
    if (o.kind === 'international') continue;
    if (!fullerOf.has(o.name)) {
      const name = bodyName(o.name);
      fullerOf.set(o.name, onlyFullerName(name, bodies) ?? onlyNameWithKindWords(name, bodies) ?? onlyNameWithAlias(o, byAlias));
    }
    const fuller = fullerOf.get(o.name);
    if (fuller) rename(o, fuller);
  }
}
