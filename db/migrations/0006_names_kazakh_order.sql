ALTER TABLE "organizations" ALTER COLUMN "full_name" SET DATA TYPE text collate "kk-KZ-x-icu";--> statement-breakpoint
ALTER TABLE "organizations" ALTER COLUMN "short_name" SET DATA TYPE text collate "kk-KZ-x-icu";--> statement-breakpoint
ALTER TABLE "persons" ALTER COLUMN "surname" SET DATA TYPE text collate "kk-KZ-x-icu";--> statement-breakpoint
ALTER TABLE "persons" ALTER COLUMN "name" SET DATA TYPE text collate "kk-KZ-x-icu";--> statement-breakpoint
ALTER TABLE "persons" ALTER COLUMN "patronymic" SET DATA TYPE text collate "kk-KZ-x-icu";--> statement-breakpoint
CREATE INDEX "persons_name_order_idx" ON "persons" USING btree ("surname","name","patronymic" NULLS FIRST,"id");