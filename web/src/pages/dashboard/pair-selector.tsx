// Choose the pair: a first country among those in the knowledge base, then a partner among
// the countries it shares events with (the pairs present), the most events first.
import type { EntitySummary, KnowledgeEvent } from '../../api-types.ts';
import { api } from '../../api.ts';
import { countryName } from '../../format.ts';
import type { Pair } from '../../pair.ts';
import { useLoaded } from '../../use-loaded.ts';

/** The countries that share events with `code`, the most events first. */
function partnersOf(code: string, events: readonly KnowledgeEvent[]): { code: string; events: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) for (const country of event.countries) if (country !== code) counts.set(country, (counts.get(country) ?? 0) + 1);
  return [...counts.entries()].map(([partner, count]) => ({ code: partner, events: count })).sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
}

function countryCode(country: EntitySummary): string {
  return country.type === 'country' ? country.attributes.code : country.id.replace(/^country:/, '');
}

export function PairSelector({ pair, onChange }: { pair: Pair; onChange: (pair: Pair) => void }) {
  const [a, b] = pair;
  const countries = useLoaded(api.countries, []);
  const partners = useLoaded(async () => partnersOf(a, (await api.entity(`country:${a}`)).events), [a]);
  const firstOptions = countries.state === 'ready' ? countries.data.map(countryCode).sort((x, y) => countryName(x).localeCompare(countryName(y))) : [];
  const partnerOptions = partners.state === 'ready' ? partners.data : [];
  const withCurrent = (codes: string[], code: string) => (codes.includes(code) ? codes : [code, ...codes]);

  return (
    <div className="pair-selector">
      <label>
        <span className="field-label">Country</span>
        <select value={a} onChange={(event) => onChange([event.target.value, b])} aria-label="First country">
          {withCurrent(firstOptions, a).map((code) => (
            <option key={code} value={code}>
              {countryName(code)}
            </option>
          ))}
        </select>
      </label>
      <span className="pair-dash" aria-hidden="true">
        –
      </span>
      <label>
        <span className="field-label">Partner</span>
        <select value={b} onChange={(event) => onChange([a, event.target.value])} aria-label="Partner country">
          {!partnerOptions.some((partner) => partner.code === b) && <option value={b}>{countryName(b)}</option>}
          {partnerOptions.map((partner) => (
            <option key={partner.code} value={partner.code}>
              {countryName(partner.code)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
