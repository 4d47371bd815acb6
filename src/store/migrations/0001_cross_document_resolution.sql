CREATE TABLE "document_bands" (
	"band_key" text NOT NULL,
	"document_id" text NOT NULL,
	CONSTRAINT "document_bands_pk" PRIMARY KEY("band_key","document_id")
);
--> statement-breakpoint
CREATE TABLE "entity_keys" (
	"key" text NOT NULL,
	"entity_id" text NOT NULL,
	CONSTRAINT "entity_keys_pk" PRIMARY KEY("key","entity_id")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "fingerprint" text;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "merged_into" text;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "corrections" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "origin" text DEFAULT 'extracted' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "corrections" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "origin" text DEFAULT 'extracted' NOT NULL;--> statement-breakpoint
ALTER TABLE "document_bands" ADD CONSTRAINT "document_bands_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_keys" ADD CONSTRAINT "entity_keys_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_bands_document_index" ON "document_bands" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "entity_keys_entity_index" ON "entity_keys" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "events_type_date_index" ON "events" USING btree ("type","date_start");--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_status_check" CHECK ("entities"."status" in ('active', 'rejected', 'merged'));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_status_check" CHECK ("events"."status" in ('active', 'rejected'));