CREATE TABLE "resolution_keys_filed" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "resolution_keys_filed_one_row" CHECK (id = 1)
);
--> statement-breakpoint
INSERT INTO "resolution_keys_filed" ("id", "version") VALUES (1, 0);
