ALTER TABLE "entities" ADD COLUMN "document_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "story_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "mention_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "entities" ADD COLUMN "first_reported" date;--> statement-breakpoint
ALTER TABLE "event_reports" ADD COLUMN "sentences" text[];--> statement-breakpoint
UPDATE "entities" SET
	"document_count" = "counted"."documents", "story_count" = "counted"."stories", "mention_count" = "counted"."mentions",
	"first_reported" = "counted"."first_reported"
FROM (
	SELECT m.entity_id, count(distinct m.document_id)::int AS documents,
		count(distinct coalesce(d.story_id::text, d.id))::int AS stories,
		coalesce(sum(jsonb_array_length(m.spans)), 0)::int AS mentions,
		min(coalesce(d.published, '-infinity'::date)) AS first_reported
	FROM entity_mentions m JOIN documents d ON d.id = m.document_id
	GROUP BY m.entity_id
) AS "counted"
WHERE "entities"."id" = "counted"."entity_id";
