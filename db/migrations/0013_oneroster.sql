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
CREATE TABLE "oneroster_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" integer NOT NULL,
	"created_by_user_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"bundle" "bytea",
	"issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"issue_count" integer DEFAULT 0 NOT NULL,
	"rows" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"progress" jsonb,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "oneroster_runs" ADD CONSTRAINT "oneroster_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oneroster_runs" ADD CONSTRAINT "oneroster_runs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oneroster_ids_local_idx" ON "oneroster_ids" USING btree ("entity","local_id");--> statement-breakpoint
CREATE INDEX "oneroster_runs_org_idx" ON "oneroster_runs" USING btree ("organization_id","created_at");