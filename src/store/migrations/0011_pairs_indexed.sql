CREATE TABLE "event_pairs" (
	"first" text NOT NULL,
	"second" text NOT NULL,
	"event_id" text NOT NULL,
	CONSTRAINT "event_pairs_pk" PRIMARY KEY("first","second","event_id")
);
--> statement-breakpoint
DROP INDEX "entity_mentions_entity_index";--> statement-breakpoint
ALTER TABLE "event_pairs" ADD CONSTRAINT "event_pairs_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_mentions_entity_document_index" ON "entity_mentions" USING btree ("entity_id","document_id");--> statement-breakpoint
CREATE FUNCTION "event_pairs_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "event_pairs" ("first", "second", "event_id")
		SELECT least(a."country", b."country"), greatest(a."country", b."country"), a."event_id"
		FROM "added" a JOIN "event_countries" b ON b."event_id" = a."event_id" AND b."country" <> a."country"
		ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "event_pairs_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM "event_pairs" p USING "removed" r WHERE p."event_id" = r."event_id" AND r."country" IN (p."first", p."second");
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "event_countries_add_pairs" AFTER INSERT ON "event_countries" REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "event_pairs_add"();
--> statement-breakpoint
CREATE TRIGGER "event_countries_remove_pairs" AFTER DELETE ON "event_countries" REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "event_pairs_remove"();
--> statement-breakpoint
INSERT INTO "event_pairs" ("first", "second", "event_id")
	SELECT a."country", b."country", a."event_id" FROM "event_countries" a JOIN "event_countries" b ON b."event_id" = a."event_id" AND a."country" < b."country";
