CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"file" text,
	"source" text,
	"outlet" text,
	"title" text,
	"published" date,
	"language" text NOT NULL,
	"body" text NOT NULL,
	"story_id" integer,
	"extractor_name" text NOT NULL,
	"extractor_version" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', "body"), 'B')) STORED NOT NULL,
	CONSTRAINT "documents_sha256_unique" UNIQUE("sha256")
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"search_text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', "search_text")) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entities_type_check" CHECK ("entities"."type" in ('country', 'person', 'organization', 'place', 'instrument', 'initiative', 'forum'))
);
--> statement-breakpoint
CREATE TABLE "entity_mentions" (
	"document_id" text NOT NULL,
	"local_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"spans" jsonb NOT NULL,
	"confidence" real,
	"extractor_version" text NOT NULL,
	CONSTRAINT "entity_mentions_pk" PRIMARY KEY("document_id","local_id")
);
--> statement-breakpoint
CREATE TABLE "event_countries" (
	"event_id" text NOT NULL,
	"country" text NOT NULL,
	CONSTRAINT "event_countries_pk" PRIMARY KEY("event_id","country")
);
--> statement-breakpoint
CREATE TABLE "event_entities" (
	"event_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "event_entities_pk" PRIMARY KEY("event_id","entity_id","role")
);
--> statement-breakpoint
CREATE TABLE "event_reports" (
	"document_id" text NOT NULL,
	"local_id" text NOT NULL,
	"event_id" text NOT NULL,
	"attributes" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"confidence" real,
	"extractor_version" text NOT NULL,
	CONSTRAINT "event_reports_pk" PRIMARY KEY("document_id","local_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"date" text,
	"date_start" date,
	"date_end" date,
	"date_text" text,
	"place_id" text,
	"forum_id" text,
	"format" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"stance" text,
	"cameo" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "figures" (
	"document_id" text NOT NULL,
	"local_id" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"text" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"extractor_version" text NOT NULL,
	CONSTRAINT "figures_pk" PRIMARY KEY("document_id","local_id")
);
--> statement-breakpoint
CREATE TABLE "ingest_failures" (
	"input" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"first_failed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"action" text NOT NULL,
	"value" jsonb,
	"reviewer" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_decisions_action_check" CHECK ("review_decisions"."action" in ('accept', 'correct', 'reject', 'merge', 'split', 'add'))
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" serial PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_mentions" ADD CONSTRAINT "entity_mentions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_mentions" ADD CONSTRAINT "entity_mentions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_countries" ADD CONSTRAINT "event_countries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_entities" ADD CONSTRAINT "event_entities_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_entities" ADD CONSTRAINT "event_entities_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_reports" ADD CONSTRAINT "event_reports_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_reports" ADD CONSTRAINT "event_reports_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_entities_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_forum_id_entities_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_subject_index" ON "audit_log" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "documents_search_index" ON "documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "documents_published_index" ON "documents" USING btree ("published");--> statement-breakpoint
CREATE INDEX "documents_story_index" ON "documents" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "entities_type_index" ON "entities" USING btree ("type");--> statement-breakpoint
CREATE INDEX "entities_search_index" ON "entities" USING gin ("search");--> statement-breakpoint
CREATE INDEX "entity_mentions_entity_index" ON "entity_mentions" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "event_countries_country_index" ON "event_countries" USING btree ("country","event_id");--> statement-breakpoint
CREATE INDEX "event_entities_entity_index" ON "event_entities" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "event_reports_event_index" ON "event_reports" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "events_date_index" ON "events" USING btree ("date_start","date_end");--> statement-breakpoint
CREATE INDEX "review_decisions_subject_index" ON "review_decisions" USING btree ("subject_kind","subject_id");