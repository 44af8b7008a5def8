CREATE TABLE "notification_organizations" (
	"notification_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	CONSTRAINT "notification_organizations_notification_id_organization_id_pk" PRIMARY KEY("notification_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "notification_recipients" (
	"notification_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notification_recipients_notification_id_person_id_pk" PRIMARY KEY("notification_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"read_by" date,
	"audience" jsonb NOT NULL,
	"recipient_count" integer DEFAULT 0 NOT NULL,
	"read_count" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"publish_key" uuid NOT NULL,
	"reminded_at" timestamp with time zone,
	"reminded_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "notifications_publishKey_unique" UNIQUE("publish_key")
);
--> statement-breakpoint
ALTER TABLE "notification_organizations" ADD CONSTRAINT "notification_organizations_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_organizations" ADD CONSTRAINT "notification_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_organizations_org_idx" ON "notification_organizations" USING btree ("organization_id","notification_id");--> statement-breakpoint
CREATE INDEX "notification_recipients_read_idx" ON "notification_recipients" USING btree ("notification_id","read_at") WHERE "notification_recipients"."read_at" is not null;--> statement-breakpoint
CREATE INDEX "notifications_org_idx" ON "notifications" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "notifications_org_read_by_idx" ON "notifications" USING btree ("organization_id","read_by");