CREATE TYPE "public"."feedback_application_status" AS ENUM('new', 'in_work', 'answered');--> statement-breakpoint
CREATE TYPE "public"."feedback_question_status" AS ENUM('new', 'answered', 'hidden');--> statement-breakpoint
CREATE TABLE "applications_email_codes" (
	"organization_id" integer PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"code_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone,
	"outbox_id" bigint
);
--> statement-breakpoint
CREATE TABLE "feedback_applications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"number" integer NOT NULL,
	"author_name" text NOT NULL,
	"author_email" text NOT NULL,
	"author_phone" text DEFAULT '' NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"locale" varchar(2) DEFAULT 'kk' NOT NULL,
	"attachment_key" text,
	"attachment_name" text,
	"attachment_type" text,
	"attachment_size" integer,
	"status" "feedback_application_status" DEFAULT 'new' NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone,
	"replied_by_user_id" integer,
	"notice_outbox_id" bigint,
	"reply_outbox_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"author_name" text NOT NULL,
	"author_email" text,
	"body" text NOT NULL,
	"answer" text,
	"status" "feedback_question_status" DEFAULT 'new' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by_user_id" integer
);
--> statement-breakpoint
CREATE TABLE "feedback_settings" (
	"organization_id" integer PRIMARY KEY NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phones" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"reception_rules" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_hours" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reception_hours_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"weekday" smallint NOT NULL,
	"starts_at" varchar(5) NOT NULL,
	"ends_at" varchar(5) NOT NULL,
	"receiver" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "territorial_subordination_id" integer;--> statement-breakpoint
ALTER TABLE "applications_email_codes" ADD CONSTRAINT "applications_email_codes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications_email_codes" ADD CONSTRAINT "applications_email_codes_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_applications" ADD CONSTRAINT "feedback_applications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_applications" ADD CONSTRAINT "feedback_applications_replied_by_user_id_users_id_fk" FOREIGN KEY ("replied_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_applications" ADD CONSTRAINT "feedback_applications_notice_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("notice_outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_applications" ADD CONSTRAINT "feedback_applications_reply_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("reply_outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_questions" ADD CONSTRAINT "feedback_questions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_questions" ADD CONSTRAINT "feedback_questions_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_settings" ADD CONSTRAINT "feedback_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_hours" ADD CONSTRAINT "reception_hours_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_applications_org_number_idx" ON "feedback_applications" USING btree ("organization_id","number");--> statement-breakpoint
CREATE INDEX "feedback_applications_org_status_idx" ON "feedback_applications" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "feedback_questions_org_status_idx" ON "feedback_questions" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "reception_hours_org_idx" ON "reception_hours" USING btree ("organization_id","weekday");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_territorial_subordination_id_territories_id_fk" FOREIGN KEY ("territorial_subordination_id") REFERENCES "public"."territories"("id") ON DELETE no action ON UPDATE no action;