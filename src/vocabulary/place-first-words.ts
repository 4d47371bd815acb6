// The first words of the names of cities (cities.ts) and of states and provinces (subdivisions.ts),
// in one filter: most capitalised words of running text start no such name, and are turned away
// before the name they might open is folded and looked up.
import { cityNames } from './cities.ts';
import { MembershipFilter } from './membership-filter.ts';
import { subdivisionNames } from './subdivisions.ts';

let firstWords: MembershipFilter | undefined;

/**
 * A folded name's first word: what comes before its first space or hyphen. The first word of a
 * name in running text, folded by foldToken, is the first word of the whole name folded by foldText.
 */
function firstWordOf(folded: string): string {
  const space = folded.indexOf(' ');
  const hyphen = folded.indexOf('-');
  const end = space < 0 ? hyphen : hyphen < 0 ? space : Math.min(space, hyphen);
  return end < 0 ? folded : folded.slice(0, end);
}

/** False when no city's or state's name has this first word (folded by foldToken); true when one may. */
export function mayStartCityOrStateName(firstWord: string): boolean {
  firstWords ??= new MembershipFilter([...cityNames(), ...subdivisionNames()].map(firstWordOf));
  return firstWords.mayContain(firstWord);
}
