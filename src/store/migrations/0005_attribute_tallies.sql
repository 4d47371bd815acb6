-- Each entity keeps the tally of its reports' attributes (src/resolve/merge-attributes.ts), so that
-- ingest adds a batch's reports to it instead of reading all earlier mentions again. Entities stored
-- before have none; each is tallied from all its mentions the next time it is reported.
ALTER TABLE "entities" ADD COLUMN "attribute_tally" jsonb;
