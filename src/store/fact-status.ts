// Where a stored entity or event stands, and who made it: what the tables, the ports and
// resolution share.
/** Of an entity or event: active; rejected by an analyst (kept, so that new reports of it stay hidden); merged into another entity. */
export type FactStatus = 'active' | 'rejected' | 'merged';
/** extracted from documents, or added by hand by an analyst. */
export type FactOrigin = 'extracted' | 'analyst';
