CREATE TABLE "oneroster_ids" (
	"entity" varchar(16) NOT NULL,
	"sourced_id" text NOT NULL,
	"local_id" bigint NOT NULL,
	"local_id2" integer,
	CONSTRAINT "oneroster_ids_entity_sourced_id_pk" PRIMARY KEY("entity","sourced_id")
);
--> statement-breakpoint
CREATE TABLE "oneroster_installation" (
	"code" varchar(16) PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "oneroster_ids_local_idx" ON "oneroster_ids" USING btree ("entity","local_id");