-- A document's search vector is kept in its row (compressed) rather than in the TOAST table, so that
-- ranking the thousands of documents a common word matches reads no TOAST chunks; the body goes out
-- of line instead. Rows written before are written again to take the new storage.
ALTER TABLE "documents" ALTER COLUMN "search" SET STORAGE MAIN;--> statement-breakpoint
UPDATE "documents" SET "title" = "title";
