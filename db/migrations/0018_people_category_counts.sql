CREATE TABLE "membership_changes" (
	"xid" bigint PRIMARY KEY NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people_category_counts" (
	"organization_id" integer PRIMARY KEY NOT NULL,
	"network" text NOT NULL,
	"snapshot" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"counts" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people_category_counts" ADD CONSTRAINT "people_category_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_changes_changed_at_idx" ON "membership_changes" USING btree ("changed_at");