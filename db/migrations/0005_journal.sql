CREATE TYPE "public"."attendance_kind" AS ENUM('absent_illness', 'absent_other', 'late');--> statement-breakpoint
CREATE TYPE "public"."lesson_status" AS ENUM('held', 'cancelled', 'substituted');--> statement-breakpoint
CREATE TYPE "public"."mark_kind" AS ENUM('point', 'formative', 'section_summative', 'quarter_summative');--> statement-breakpoint
CREATE TYPE "public"."student_movement_kind" AS ENUM('arrived', 'left', 'transferred');--> statement-breakpoint
CREATE TABLE "attendance_marks" (
	"lesson_id" integer NOT NULL,
	"student_person_id" integer NOT NULL,
	"kind" "attendance_kind" NOT NULL,
	CONSTRAINT "attendance_marks_lesson_id_student_person_id_pk" PRIMARY KEY("lesson_id","student_person_id")
);
--> statement-breakpoint
CREATE TABLE "class_students" (
	"class_id" integer NOT NULL,
	"student_person_id" integer NOT NULL,
	CONSTRAINT "class_students_class_id_student_person_id_pk" PRIMARY KEY("class_id","student_person_id")
);
--> statement-breakpoint
CREATE TABLE "class_subjects" (
	"class_id" integer NOT NULL,
	"subject_id" integer NOT NULL,
	"teacher_person_id" integer NOT NULL,
	"lessons_per_week" smallint NOT NULL,
	CONSTRAINT "class_subjects_class_id_subject_id_pk" PRIMARY KEY("class_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "homework" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "homework_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"lesson_id" integer NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "homework_lessonId_unique" UNIQUE("lesson_id")
);
--> statement-breakpoint
CREATE TABLE "homework_reports" (
	"homework_id" integer NOT NULL,
	"student_person_id" integer NOT NULL,
	"minutes" smallint NOT NULL,
	CONSTRAINT "homework_reports_homework_id_student_person_id_pk" PRIMARY KEY("homework_id","student_person_id")
);
--> statement-breakpoint
CREATE TABLE "journal_edits" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "journal_edits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"mark_id" bigint NOT NULL,
	"editor_person_id" integer NOT NULL,
	"old_score" smallint NOT NULL,
	"new_score" smallint NOT NULL,
	"edited_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lessons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"class_id" integer NOT NULL,
	"subject_id" integer NOT NULL,
	"teacher_person_id" integer NOT NULL,
	"substitute_person_id" integer,
	"date" date NOT NULL,
	"period" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"status" "lesson_status" NOT NULL,
	"topic" text,
	"recorded_at" timestamp with time zone,
	"late_entry" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "marks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"lesson_id" integer NOT NULL,
	"student_person_id" integer NOT NULL,
	"kind" "mark_kind" NOT NULL,
	"score" smallint NOT NULL,
	"max_score" smallint NOT NULL,
	"grade" smallint,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school_classes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "school_classes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"school_year" smallint NOT NULL,
	"grade" smallint NOT NULL,
	"letter" varchar(4) NOT NULL,
	"form_teacher_person_id" integer
);
--> statement-breakpoint
CREATE TABLE "sign_ins" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_ins_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"signed_in_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student_movements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "student_movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"student_person_id" integer NOT NULL,
	"kind" "student_movement_kind" NOT NULL,
	"date" date NOT NULL,
	"class_id" integer,
	"counterpart" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student_parents" (
	"student_person_id" integer NOT NULL,
	"parent_person_id" integer NOT NULL,
	CONSTRAINT "student_parents_student_person_id_parent_person_id_pk" PRIMARY KEY("student_person_id","parent_person_id")
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subjects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" varchar(40) NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"graded" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "subjects_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "journal_class_stats" (
	"class_id" integer NOT NULL,
	"subject_id" integer NOT NULL,
	"quarter" smallint NOT NULL,
	"organization_id" integer NOT NULL,
	"lessons_held" integer DEFAULT 0 NOT NULL,
	"lessons_cancelled" integer DEFAULT 0 NOT NULL,
	"lessons_substituted" integer DEFAULT 0 NOT NULL,
	"lessons_with_topic" integer DEFAULT 0 NOT NULL,
	"lessons_with_marks" integer DEFAULT 0 NOT NULL,
	"late_entries" integer DEFAULT 0 NOT NULL,
	"marks2" integer DEFAULT 0 NOT NULL,
	"marks3" integer DEFAULT 0 NOT NULL,
	"marks4" integer DEFAULT 0 NOT NULL,
	"marks5" integer DEFAULT 0 NOT NULL,
	"formative_marks" integer DEFAULT 0 NOT NULL,
	"absent_illness" integer DEFAULT 0 NOT NULL,
	"absent_other" integer DEFAULT 0 NOT NULL,
	"lates" integer DEFAULT 0 NOT NULL,
	"homework_set" integer DEFAULT 0 NOT NULL,
	"homework_reports" integer DEFAULT 0 NOT NULL,
	"homework_minutes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "journal_class_stats_class_id_subject_id_quarter_pk" PRIMARY KEY("class_id","subject_id","quarter")
);
--> statement-breakpoint
CREATE TABLE "organization_people" (
	"organization_id" integer PRIMARY KEY NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	"users" integer DEFAULT 0 NOT NULL,
	"staff" integer DEFAULT 0 NOT NULL,
	"staff_users" integer DEFAULT 0 NOT NULL,
	"students" integer DEFAULT 0 NOT NULL,
	"student_users" integer DEFAULT 0 NOT NULL,
	"parents" integer DEFAULT 0 NOT NULL,
	"parent_users" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_sign_in_days" (
	"organization_id" integer NOT NULL,
	"day" date NOT NULL,
	"users" integer DEFAULT 0 NOT NULL,
	"staff" integer DEFAULT 0 NOT NULL,
	"students" integer DEFAULT 0 NOT NULL,
	"parents" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "organization_sign_in_days_organization_id_day_pk" PRIMARY KEY("organization_id","day")
);
--> statement-breakpoint
CREATE TABLE "sign_in_user_days" (
	"organization_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "sign_in_user_days_organization_id_user_id_day_pk" PRIMARY KEY("organization_id","user_id","day")
);
--> statement-breakpoint
CREATE TABLE "student_absence_days" (
	"student_person_id" integer NOT NULL,
	"date" date NOT NULL,
	"class_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"quarter" smallint NOT NULL,
	"missed" smallint DEFAULT 0 NOT NULL,
	"missed_illness" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "student_absence_days_student_person_id_date_pk" PRIMARY KEY("student_person_id","date")
);
--> statement-breakpoint
ALTER TABLE "class_students" ADD CONSTRAINT "class_students_class_id_school_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_students" ADD CONSTRAINT "class_students_student_person_id_persons_id_fk" FOREIGN KEY ("student_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_subjects" ADD CONSTRAINT "class_subjects_class_id_school_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_subjects" ADD CONSTRAINT "class_subjects_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_subjects" ADD CONSTRAINT "class_subjects_teacher_person_id_persons_id_fk" FOREIGN KEY ("teacher_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_edits" ADD CONSTRAINT "journal_edits_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_edits" ADD CONSTRAINT "journal_edits_mark_id_marks_id_fk" FOREIGN KEY ("mark_id") REFERENCES "public"."marks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_edits" ADD CONSTRAINT "journal_edits_editor_person_id_persons_id_fk" FOREIGN KEY ("editor_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_classes" ADD CONSTRAINT "school_classes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_classes" ADD CONSTRAINT "school_classes_form_teacher_person_id_persons_id_fk" FOREIGN KEY ("form_teacher_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ins" ADD CONSTRAINT "sign_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_movements" ADD CONSTRAINT "student_movements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_movements" ADD CONSTRAINT "student_movements_student_person_id_persons_id_fk" FOREIGN KEY ("student_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_movements" ADD CONSTRAINT "student_movements_class_id_school_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_parents" ADD CONSTRAINT "student_parents_student_person_id_persons_id_fk" FOREIGN KEY ("student_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_parents" ADD CONSTRAINT "student_parents_parent_person_id_persons_id_fk" FOREIGN KEY ("parent_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_class_stats" ADD CONSTRAINT "journal_class_stats_class_id_school_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_class_stats" ADD CONSTRAINT "journal_class_stats_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_class_stats" ADD CONSTRAINT "journal_class_stats_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_people" ADD CONSTRAINT "organization_people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_sign_in_days" ADD CONSTRAINT "organization_sign_in_days_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "class_students_student_idx" ON "class_students" USING btree ("student_person_id");--> statement-breakpoint
CREATE INDEX "journal_edits_org_at_idx" ON "journal_edits" USING btree ("organization_id","edited_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lessons_class_slot_idx" ON "lessons" USING btree ("class_id","date","period");--> statement-breakpoint
CREATE INDEX "lessons_org_date_idx" ON "lessons" USING btree ("organization_id","date");--> statement-breakpoint
CREATE INDEX "marks_lesson_idx" ON "marks" USING btree ("lesson_id");--> statement-breakpoint
CREATE UNIQUE INDEX "school_classes_unique_idx" ON "school_classes" USING btree ("organization_id","school_year","grade","letter");--> statement-breakpoint
CREATE INDEX "sign_ins_user_at_idx" ON "sign_ins" USING btree ("user_id","signed_in_at");--> statement-breakpoint
CREATE INDEX "student_movements_org_date_idx" ON "student_movements" USING btree ("organization_id","date");--> statement-breakpoint
CREATE INDEX "student_parents_parent_idx" ON "student_parents" USING btree ("parent_person_id");--> statement-breakpoint
CREATE INDEX "journal_class_stats_org_idx" ON "journal_class_stats" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "student_absence_days_org_idx" ON "student_absence_days" USING btree ("organization_id","quarter");