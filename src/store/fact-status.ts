// Where a stored entity or event stands, and who made it: what the tables, the ports and
// resolution share, as the knowledge model defines it.
export type { FactOrigin, FactStatus } from '../record/knowledge.ts';
