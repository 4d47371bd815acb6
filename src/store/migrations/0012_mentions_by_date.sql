ALTER TABLE "entity_mentions" ADD COLUMN "published" date;--> statement-breakpoint
UPDATE "entity_mentions" m SET "published" = d."published" FROM "documents" d WHERE d."id" = m."document_id";--> statement-breakpoint
CREATE INDEX "entity_mentions_entity_published_index" ON "entity_mentions" USING btree ("entity_id","published" DESC NULLS LAST);--> statement-breakpoint
CREATE FUNCTION "entity_mentions_copy_published"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW."published" := (SELECT d."published" FROM "documents" d WHERE d."id" = NEW."document_id");
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE FUNCTION "documents_copy_published"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "entity_mentions" SET "published" = NEW."published" WHERE "document_id" = NEW."id";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "entity_mentions_published" BEFORE INSERT OR UPDATE OF "document_id" ON "entity_mentions" FOR EACH ROW EXECUTE FUNCTION "entity_mentions_copy_published"();
--> statement-breakpoint
CREATE TRIGGER "documents_published_to_mentions" AFTER UPDATE OF "published" ON "documents" FOR EACH ROW WHEN (OLD."published" IS DISTINCT FROM NEW."published") EXECUTE FUNCTION "documents_copy_published"();
