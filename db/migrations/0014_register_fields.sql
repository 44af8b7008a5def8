ALTER TABLE "organizations" ADD COLUMN "full_name_ru" text collate "kk-KZ-x-icu" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "short_name_ru" text collate "kk-KZ-x-icu" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "branch_of_id" integer;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "head_person_id" integer;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "bin" varchar(12);--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "languages" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "licence_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "licence_date" date;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "licence_issuer" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "accreditation_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "accreditation_date" date;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_branch_of_id_organizations_id_fk" FOREIGN KEY ("branch_of_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_head_person_id_persons_id_fk" FOREIGN KEY ("head_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;