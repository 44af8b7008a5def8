DROP INDEX "persons_full_name_trgm_idx";--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "name_search" text GENERATED ALWAYS AS (lower(surname || ' ' || name || ' ' || coalesce(patronymic, ''))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_name_search_trgm_idx" ON "persons" USING gin ("name_search" gin_trgm_ops);