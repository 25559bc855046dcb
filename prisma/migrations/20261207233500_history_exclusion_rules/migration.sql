-- ---------------------------------------------------------------------------------------------
-- Hand-written (issue 22): responsibility history is consistent at every date, not only today.
--
-- The partial unique indexes of the init migration hold for the rows in force now (endDate IS
-- NULL). These exclusion constraints hold for every day of the history, over the half-open
-- daterange [startDate, endDate) (an open end is unbounded; a post that started and ended on one
-- day is empty and meets nothing): on no day may
--   - a person hold two posts in one unit            (Post_no_overlap_rule),
--   - a unit have two secretaries                    (Post_one_secretary_per_day_rule),
--   - a person hold two duties in one unit           (Duty_no_overlap_rule),
--   - a unit have two first responsible people       (Duty_one_first_responsible_per_day_rule),
--   - a unit have two direct responsible people      (Duty_one_direct_responsible_per_day_rule).
-- They are immediate (not deferrable), so a dry run that rolls back meets them too. btree_gist
-- gives GiST the text equality; PGlite loads the same extension (src/db/client.ts).
--
-- Before them, an import could start a new holder's post on an old start date while ending the
-- predecessor on the import day (issue 22, finding 1). Rows written that way are repaired first,
-- as the import now writes them: the later-started row starts when the earlier one ends. The
-- history triggers refuse changes to ended rows, so they are set aside for the repair only.
-- ---------------------------------------------------------------------------------------------

CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "Post" DISABLE TRIGGER "Post_history_rule";
ALTER TABLE "Duty" DISABLE TRIGGER "Duty_history_rule";

UPDATE "Post" b SET "startDate" = a."endDate"
  FROM "Post" a
 WHERE a."tenantId" = b."tenantId" AND a."unitId" = b."unitId" AND a."id" <> b."id"
   AND (a."personId" = b."personId" OR (a."role" = 'SECRETARY' AND b."role" = 'SECRETARY'))
   AND a."endDate" IS NOT NULL AND a."startDate" <= b."startDate" AND a."endDate" > b."startDate"
   AND (b."endDate" IS NULL OR b."endDate" >= a."endDate")
   AND (a."startDate", a."id") < (b."startDate", b."id");

UPDATE "Duty" b SET "startDate" = a."endDate"
  FROM "Duty" a
 WHERE a."tenantId" = b."tenantId" AND a."unitId" = b."unitId" AND a."id" <> b."id"
   AND (a."personId" = b."personId" OR (a."kind" = b."kind" AND a."kind" <> 'DUAL_DUTY'))
   AND a."endDate" IS NOT NULL AND a."startDate" <= b."startDate" AND a."endDate" > b."startDate"
   AND (b."endDate" IS NULL OR b."endDate" >= a."endDate")
   AND (a."startDate", a."id") < (b."startDate", b."id");

ALTER TABLE "Post" ENABLE TRIGGER "Post_history_rule";
ALTER TABLE "Duty" ENABLE TRIGGER "Duty_history_rule";

ALTER TABLE "Post" ADD CONSTRAINT "Post_no_overlap_rule" EXCLUDE USING gist
  ("tenantId" WITH =, "unitId" WITH =, "personId" WITH =, daterange("startDate", "endDate") WITH &&);
ALTER TABLE "Post" ADD CONSTRAINT "Post_one_secretary_per_day_rule" EXCLUDE USING gist
  ("tenantId" WITH =, "unitId" WITH =, daterange("startDate", "endDate") WITH &&) WHERE ("role" = 'SECRETARY');
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_no_overlap_rule" EXCLUDE USING gist
  ("tenantId" WITH =, "unitId" WITH =, "personId" WITH =, daterange("startDate", "endDate") WITH &&);
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_one_first_responsible_per_day_rule" EXCLUDE USING gist
  ("tenantId" WITH =, "unitId" WITH =, daterange("startDate", "endDate") WITH &&) WHERE ("kind" = 'FIRST_RESPONSIBLE');
ALTER TABLE "Duty" ADD CONSTRAINT "Duty_one_direct_responsible_per_day_rule" EXCLUDE USING gist
  ("tenantId" WITH =, "unitId" WITH =, daterange("startDate", "endDate") WITH &&) WHERE ("kind" = 'DIRECT_RESPONSIBLE');
