// What one document got wrong, item by item: the gold items nobody found, the predictions
// that match no gold item, and the attributes and participants of matched pairs that
// disagree. For whoever improves extraction: the figures say how much, this says where.
import type { Entity, Event, Record as BilatRecord } from '../record/schema.ts';
import type { Gold, GoldEvent } from './gold.ts';
import {
  compareParticipants, eventContext, type EventContext, matchDocument, matchTitles, participantMatches, resolveGoldParticipant,
} from './match.ts';

export interface DocumentErrors {
  file: string;
  /** One line per error, "slot  what" */
  lines: string[];
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

function goldEventText(event: GoldEvent): string {
  const refs = [...(event.instruments ?? []), ...(event.initiatives ?? []), ...(event.forum ? [event.forum] : [])];
  return `${event.type}${event.stance ? `/${event.stance}` : ''} ${event.date ?? 'null'} [${event.participants.join(', ')}]${refs.length ? ` on ${quoted(refs)}` : ''}`;
}

function entityLabel(entity: Entity | undefined, id: string): string {
  if (entity === undefined) return id;
  return entity.type === 'country' ? entity.code : entity.name;
}

function predictedEventText(event: Event, context: EventContext): string {
  const label = (id: string) => entityLabel(context.entitiesById.get(id), id);
  const refs = [...(event.instruments ?? []), ...(event.initiatives ?? []), ...(event.forum ? [event.forum] : [])].map(label);
  return `${event.type}${event.stance ? `/${event.stance}` : ''} ${event.date ?? 'null'} [${event.participants.map(label).join(', ')}]${refs.length ? ` on ${quoted(refs)}` : ''}`;
}

/** Every error of one document, in slot order; optional gold items missed are not errors. */
export function documentErrors(gold: Gold, record: BilatRecord, file: string = gold.file): DocumentErrors {
  const matching = matchDocument(gold, record);
  const context = eventContext(gold, record);
  const lines: string[] = [];
  const add = (slot: string, text: string) => lines.push(`${slot.padEnd(20)}${text}`);

  for (const country of matching.countries.unmatchedGold) if (!country.optional) add('countries', `missed ${country.code}`);
  for (const code of matching.countries.unmatchedPredicted) add('countries', `extra ${code}`);

  for (const person of matching.persons.unmatchedGold) if (!person.optional) add('persons', `missed "${person.name}"`);
  for (const person of matching.persons.unmatchedPredicted) add('persons', `extra "${person.name}"`);
  for (const { gold: person, predicted } of matching.persons.pairs) {
    if (person.optional) continue;
    const titles = matchTitles(person.titles, predicted.roles.map((role) => role.title));
    if (titles.missed > 0 || titles.extra > 0) {
      add('roles', `"${person.name}": gold ${quoted(person.titles)}; predicted ${quoted(predicted.roles.map((role) => role.title))}`);
    }
    if (person.country !== undefined && person.country !== predicted.country) {
      add('person country', `"${person.name}": gold ${person.country}, predicted ${predicted.country ?? 'none'}`);
    }
  }

  const named = [
    ['organizations', matching.organizations],
    ['places', matching.places],
    ['instruments', matching.instruments],
    ['initiatives', matching.initiatives],
    ['forums', matching.forums],
  ] as const;
  for (const [slot, slotMatching] of named) {
    for (const item of slotMatching.unmatchedGold) if (!item.optional) add(slot, `missed "${item.name}"`);
    for (const item of slotMatching.unmatchedPredicted) add(slot, `extra "${item.name}"`);
  }
  for (const { gold: instrument, predicted } of matching.instruments.pairs) {
    if (instrument.optional) continue;
    if (instrument.status !== undefined && instrument.status !== predicted.status) {
      add('instrument status', `"${instrument.name}": gold ${instrument.status}, predicted ${predicted.status}`);
    }
    if (instrument.kind !== undefined && instrument.kind !== predicted.kind) {
      add('instrument kind', `"${instrument.name}": gold ${instrument.kind}, predicted ${predicted.kind}`);
    }
    if (instrument.parties !== undefined && [...new Set(instrument.parties)].sort().join() !== [...new Set(predicted.parties)].sort().join()) {
      add('instrument parties', `"${instrument.name}": gold ${instrument.parties.join(' ')}, predicted ${predicted.parties.join(' ')}`);
    }
  }
  for (const { gold: initiative, predicted } of matching.initiatives.pairs) {
    if (initiative.optional) continue;
    if (initiative.status !== undefined && initiative.status !== predicted.status) {
      add('initiative status', `"${initiative.name}": gold ${initiative.status}, predicted ${predicted.status}`);
    }
    if (initiative.kind !== undefined && initiative.kind !== predicted.kind) {
      add('initiative kind', `"${initiative.name}": gold ${initiative.kind}, predicted ${predicted.kind}`);
    }
  }

  for (const event of matching.events.unmatchedGold) if (!event.optional) add('events', `missed ${goldEventText(event)}`);
  for (const event of matching.events.unmatchedPredicted) add('events', `extra ${predictedEventText(event, context)}`);
  for (const { gold: event, predicted } of matching.events.pairs) {
    if (event.optional) continue;
    if (event.date !== undefined && event.date !== predicted.date) {
      add('event date', `${goldEventText(event)}: predicted ${predicted.date ?? 'null'}`);
    }
    const participants = compareParticipants(event, predicted, context);
    if (participants.predictedRight < participants.predicted || participants.goldFound < participants.gold) {
      const goldParticipants = event.participants.map((reference) => resolveGoldParticipant(gold, reference));
      const wrong = predicted.participants
        .map((id) => context.entitiesById.get(id))
        .filter((entity): entity is Entity => entity !== undefined && !goldParticipants.some((participant) => participantMatches(participant, entity)));
      const missed = event.participants.filter((_, index) =>
        !predicted.participants.some((id) => {
          const entity = context.entitiesById.get(id);
          return entity !== undefined && participantMatches(goldParticipants[index], entity);
        }),
      );
      const parts = [wrong.length ? `wrong ${quoted(wrong.map((entity) => entityLabel(entity, entity.id)))}` : '', missed.length ? `missed ${quoted(missed)}` : '']
        .filter(Boolean)
        .join('; ');
      add('event participants', `${event.type} ${event.date ?? 'null'}: ${parts}`);
    }
  }
  return { file, lines };
}

export function renderErrors(documents: readonly DocumentErrors[]): string {
  const blocks = documents
    .filter((document) => document.lines.length > 0)
    .map((document) => [`== ${document.file}`, ...document.lines.map((line) => `  ${line}`)].join('\n'));
  return blocks.length === 0 ? 'No errors.\n' : `${blocks.join('\n\n')}\n`;
}
