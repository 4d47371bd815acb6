CREATE TABLE "store_revision" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "store_revision_one_row" CHECK (id = 1)
);
--> statement-breakpoint
INSERT INTO "store_revision" ("id", "revision") VALUES (1, 0);
