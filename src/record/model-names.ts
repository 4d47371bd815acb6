// The names of the model's vocabularies (data/model/*.yaml describes each), as tuples with
// literal types for z.enum and the code. ./model.ts checks on loading that each file describes
// exactly these names. Plain constants, no file read, so that the store's table definitions
// (read by drizzle-kit too) can build their checks from them.
export const ENTITY_TYPES = ['country', 'person', 'organization', 'place', 'instrument', 'initiative', 'forum'] as const;
export const ORGANIZATION_KINDS = ['international', 'government', 'company', 'media', 'other'] as const;
export const PLACE_KINDS = ['city', 'sea', 'region', 'other'] as const;
export const INSTRUMENT_KINDS = [
  'agreement', 'treaty', 'memorandum', 'action plan', 'programme', 'roadmap',
  'protocol', 'declaration', 'joint statement', 'other',
] as const;
export const INSTRUMENT_STATUSES = ['proposed', 'negotiating', 'signed', 'ratified', 'in force', 'expired', 'unknown'] as const;
export const INITIATIVE_KINDS = [
  'transport corridor', 'pipeline', 'cable', 'fund', 'facility', 'working group', 'programme', 'other',
] as const;
export const INITIATIVE_STATUSES = ['proposed', 'planned', 'under way', 'completed', 'unknown'] as const;
export const EVENT_TYPES = [
  'meeting', 'visit', 'call', 'signing', 'ratification', 'statement', 'commitment',
  'inauguration', 'incident', 'forum', 'other',
] as const;
export const EVENT_FORMATS = [
  'one-on-one', 'expanded', 'press conference', 'official visit', 'state visit', 'working visit',
  'phone call', 'videoconference', 'intergovernmental commission',
] as const;
export const STANCES = ['satisfaction', 'gratitude', 'praise', 'support', 'concern', 'condemnation', 'intent', 'other'] as const;
