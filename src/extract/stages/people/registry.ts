// The document's people: one person for the several ways a name is written, with its roles.
import type { AnnotatedDocument, Person } from '../../annotated-document.ts';
import { nameUsedAlone, surname } from '../../person-names.ts';
import { withoutMarks } from '../../../vocabulary/fold.ts';
import { nameText, nicknameOf, type NameSpan } from './names.ts';
import type { PersonFinding, RoleTitle } from './findings.ts';

const titleAsWord = new Map<string, RegExp>();
const CAPITALISED = /^\p{Lu}/u;

/** Whether a title is a more general form of another, standing whole in it ("Secretary" in "Secretary of State"). */
function generalises(general: string, specific: string): boolean {
  if (general === specific) return false;
  let pattern = titleAsWord.get(general);
  if (!pattern) titleAsWord.set(general, (pattern = new RegExp(`(^|\\s)${general}(\\s|$)`)));
  return pattern.test(specific);
}

/** "Secretary" and "Secretary of State" for one person are one role: the specific title is kept. */
function addRole(person: Person, { title, written, organization }: RoleTitle, country: string | undefined): void {
  if (person.roles.some((r) => r.title === title || generalises(title, r.title))) return;
  person.roles = person.roles.filter((r) => !generalises(r.title, title));
  person.roles.push({ title, written, ...(country ? { country } : {}), ...(organization ? { organization } : {}) });
}

/**
 * Looks people up by full name, surname and given name, so that adding one costs no scan of all;
 * by names without their accents, since "Andres Manuel Lopez Obrador" and "Andrés Manuel López
 * Obrador" are written for one person.
 */
class PersonRegistry {
  private readonly byName = new Map<string, number>();
  private readonly bySurname = new Map<string, number[]>();
  private readonly byGivenName = new Map<string, number[]>();
  private readonly byNamePart = new Map<string, number[]>();

  constructor(private readonly persons: Person[]) {}

  private static push(map: Map<string, number[]>, key: string, index: number): void {
    const list = map.get(key) ?? [];
    if (!list.includes(index)) list.push(index);
    map.set(key, list);
  }

  remember(index: number): void {
    const person = this.persons[index];
    for (const written of [person.name, ...person.aliases]) {
      const name = withoutMarks(written);
      if (!this.byName.has(name)) this.byName.set(name, index);
    }
    const fullName = withoutMarks(person.name);
    // "Mohammed bin Salman": the word after "bin" names the father; "Salman" alone is another person.
    if (!/\s(?:bin|bint|ibn)\s\S+$/.test(fullName)) {
      PersonRegistry.push(this.bySurname, surname(fullName), index);
      // "Sisi" after "Abdel-Fattah al-Sisi": the surname without its particle.
      PersonRegistry.push(this.bySurname, nameUsedAlone(fullName), index);
    }
    if (fullName.includes(' ')) PersonRegistry.push(this.byGivenName, fullName.split(' ')[0], index);
    const parts = fullName.split(' ');
    parts.forEach((part, n) => {
      if (part.length >= 3 && CAPITALISED.test(part) && !/^(?:bin|bint|ibn)$/.test(parts[n - 1] ?? '')) PersonRegistry.push(this.byNamePart, part, index);
    });
  }

  find(written: string): number {
    const name = withoutMarks(written);
    // "Soto Jr." alone is the surname of "Pedro Soto Jr.".
    const words = name.replace(/\s+(Jr|Sr)\.?$/i, '').split(' ');
    const exact = this.byName.get(name);
    if (exact !== undefined) return exact;
    const sameSurname = this.bySurname.get(surname(name)) ?? [];
    if (words.length === 1 && sameSurname.length > 0) return sameSurname[0];
    // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": a lone given name of one person named before.
    const byGiven = this.byGivenName.get(name) ?? [];
    if (words.length === 1 && byGiven.length === 1) return byGiven[0];
    // "President Lula" after "Luiz Inácio Lula da Silva": a lone name that is a part of one person's name.
    const byPart = this.byNamePart.get(name) ?? [];
    if (words.length === 1 && byPart.length === 1) return byPart[0];
    const sameGiven = sameSurname.find((i) => withoutMarks(this.persons[i].name).split(' ')[0] === words[0] || !this.persons[i].name.includes(' '));
    if (sameGiven !== undefined || words.length === 1) return sameGiven ?? -1;
    // "Di Maio" after "Luigi Di Maio": the end of one person's full name.
    const ending = sameSurname.filter((i) => withoutMarks(this.persons[i].name).endsWith(` ${name}`));
    if (ending.length === 1) return ending[0];
    // "Luiz Inácio Lula da Silva" after a lone "Lula": one person named by one of its words.
    const lone = [...new Set(words.flatMap((word) => (this.byName.has(word) ? [this.byName.get(word)!] : [])))].filter((i) => !this.persons[i].name.includes(' '));
    return lone.length === 1 ? lone[0] : -1;
  }
}

const registries = new WeakMap<Person[], PersonRegistry>();

function registryOf(doc: AnnotatedDocument): PersonRegistry {
  let registry = registries.get(doc.persons);
  if (!registry) registries.set(doc.persons, (registry = new PersonRegistry(doc.persons)));
  return registry;
}

/** The person named so before in the document, if any ("Haitham" for "Haitham bin Tarik"). */
export function knownPerson(doc: AnnotatedDocument, span: NameSpan): Person | undefined {
  return doc.persons[registryOf(doc).find(nameText(doc, span))];
}

export function addPerson(doc: AnnotatedDocument, finding: PersonFinding): void {
  const name = nameText(doc, finding.span);
  const start = doc.tokens[finding.span.from].start;
  const end = doc.tokens[finding.span.to - 1].end;
  const words = name.split(' ');
  const registry = registryOf(doc);
  let index = registry.find(name);
  let person: Person;
  // Whether the person's names are new to the registry: a person named again as before needs no new entries.
  let renamed = true;
  if (index < 0) {
    person = { name, aliases: [], roles: [], firstMention: { start, end } };
    index = doc.persons.push(person) - 1;
  } else {
    person = doc.persons[index];
    if (words.length > person.name.split(' ').length) {
      person.aliases.push(person.name);
      person.name = name;
    } else if (name !== person.name && !person.aliases.includes(name)) person.aliases.push(name);
    else renamed = false;
  }
  // "Joko “Jokowi” Widodo": the nickname names the same person when it stands alone later.
  const nickname = nicknameOf(doc, finding.span);
  if (nickname !== undefined && !person.aliases.includes(nickname)) {
    person.aliases.push(nickname);
    renamed = true;
  }
  if (renamed) registry.remember(index);
  if (finding.country && !person.country) person.country = finding.country;
  if (finding.title) addRole(person, finding.title, finding.country);
  doc.personMentions.push({ start, end, person: index, via: words.length === 1 ? 'surname' : 'name' });
}
