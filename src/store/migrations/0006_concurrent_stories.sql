-- Each document keeps the transaction that stored it, so that an ingest can find the documents
-- stored alongside it by another (src/store/concurrent-stories.ts). The default is set apart from
-- adding the column so that documents stored before are not rewritten: they keep none.
ALTER TABLE "documents" ADD COLUMN "writer_transaction" "xid8";--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "writer_transaction" SET DEFAULT pg_current_xact_id();--> statement-breakpoint
CREATE INDEX "documents_writer_transaction_index" ON "documents" USING btree ("writer_transaction");
