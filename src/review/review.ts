// The analyst's side of review: a decision is checked against the Record's schemas and the
// subject it names before the store applies and logs it.
import type { EntityType } from '../record/schema.ts';
import { type AuditEntry, type ReviewAction, ReviewError, type ReviewSubject, type KnowledgeReader, type ReviewLedger } from '../store/store.ts';
import { checkEntityCorrection, checkEventCorrection, checkNewEntity } from './review-actions.ts';

/** Review reads the subject it decides on before the ledger applies the decision. */
type ReviewStore = ReviewLedger & Pick<KnowledgeReader, 'findEntities' | 'getEvent'>;

/** Which kind of fact an id names: entity ids and event ids never collide, but the store is asked, not the id's shape. */
export async function findSubject(store: ReviewStore, id: string): Promise<ReviewSubject & { type: string }> {
  const [entity] = (await store.findEntities(id)).filter((summary) => summary.id === id);
  if (entity) return { kind: 'entity', id, type: entity.type };
  const event = await store.getEvent(id);
  if (event) return { kind: 'event', id, type: event.type };
  throw new ReviewError(`no entity or event "${id}": ids are shown by "bilat review", "bilat entities" and "bilat timeline --ids"`);
}

/** Checks the decision and applies it; throws ReviewError with what to change when it cannot be applied. */
export async function decide(store: ReviewStore, action: ReviewAction, actor: string): Promise<AuditEntry> {
  if (actor.trim().length === 0) throw new ReviewError('say who decides: an analyst name is kept with every change');
  switch (action.action) {
    case 'correct': {
      const subject = await findSubject(store, action.subject.id);
      const fields = subject.kind === 'entity'
        ? checkEntityCorrection(subject.type as EntityType, action.fields)
        : checkEventCorrection(action.fields);
      return store.applyReview({ ...action, subject, fields: { ...fields } }, actor);
    }
    case 'merge':
    case 'split': {
      const subject = await findSubject(store, action.subject.id);
      if (subject.kind !== 'entity') throw new ReviewError(`only entities are ${action.action === 'merge' ? 'merged' : 'split'}; "${subject.id}" is an event`);
      return store.applyReview({ ...action, subject }, actor);
    }
    case 'accept':
    case 'reject':
      return store.applyReview({ ...action, subject: await findSubject(store, action.subject.id) }, actor);
    case 'add-entity':
      checkNewEntity(action.entity.type, action.entity.name, action.entity.attributes);
      return store.applyReview(action, actor);
    case 'add-event': {
      const corrections = checkEventCorrection({ type: action.event.type, date: action.event.date ?? null });
      if (action.event.participants.length === 0) throw new ReviewError('an event needs at least one participant: give entity ids');
      return store.applyReview({ ...action, event: { ...action.event, ...corrections, type: action.event.type } }, actor);
    }
  }
}
