-- CreateTable
CREATE TABLE "DataVersion" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("scope")
);

-- The response cache's data version (docs/response-cache.md): every write statement on a bureau's rows
-- bumps that bureau's counter in the same transaction; writes to rows of no bureau (districts, the
-- bureaus themselves, plan templates, lifecycles, district accounts and events) bump the shared
-- counter "*". Statement-level triggers over transition tables: one bump per bureau per statement,
-- whatever the number of rows (an import of 2,000 units bumps once per kind of row). Bureaus are
-- bumped in id order, so two statements touching the same bureaus lock their counters in one order.
CREATE FUNCTION zeren_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "DataVersion" ("scope", "version")
      SELECT DISTINCT COALESCE("tenantId", '*'), 1 FROM new_rows ORDER BY 1
      ON CONFLICT ("scope") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "DataVersion" ("scope", "version")
      SELECT s, 1 FROM (SELECT COALESCE("tenantId", '*') AS s FROM old_rows UNION SELECT COALESCE("tenantId", '*') FROM new_rows) touched ORDER BY 1
      ON CONFLICT ("scope") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  ELSE
    INSERT INTO "DataVersion" ("scope", "version")
      SELECT DISTINCT COALESCE("tenantId", '*'), 1 FROM old_rows ORDER BY 1
      ON CONFLICT ("scope") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  END IF;
  RETURN NULL;
END $$;

-- Rows of no bureau, and TRUNCATE of any table (no transition table to read): the shared counter,
-- which every viewer's key includes.
CREATE FUNCTION zeren_bump_shared_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DataVersion" ("scope", "version") VALUES ('*', 1)
    ON CONFLICT ("scope") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "AccountabilityRecord_data_version_insert_rule" AFTER INSERT ON "AccountabilityRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AccountabilityRecord_data_version_update_rule" AFTER UPDATE ON "AccountabilityRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AccountabilityRecord_data_version_delete_rule" AFTER DELETE ON "AccountabilityRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AccountabilityRecord_data_version_truncate_rule" AFTER TRUNCATE ON "AccountabilityRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "AnnualPlan_data_version_insert_rule" AFTER INSERT ON "AnnualPlan"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AnnualPlan_data_version_update_rule" AFTER UPDATE ON "AnnualPlan"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AnnualPlan_data_version_delete_rule" AFTER DELETE ON "AnnualPlan"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AnnualPlan_data_version_truncate_rule" AFTER TRUNCATE ON "AnnualPlan"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Assessment_data_version_insert_rule" AFTER INSERT ON "Assessment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Assessment_data_version_update_rule" AFTER UPDATE ON "Assessment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Assessment_data_version_delete_rule" AFTER DELETE ON "Assessment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Assessment_data_version_truncate_rule" AFTER TRUNCATE ON "Assessment"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "AssessmentAmendment_data_version_insert_rule" AFTER INSERT ON "AssessmentAmendment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentAmendment_data_version_update_rule" AFTER UPDATE ON "AssessmentAmendment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentAmendment_data_version_delete_rule" AFTER DELETE ON "AssessmentAmendment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentAmendment_data_version_truncate_rule" AFTER TRUNCATE ON "AssessmentAmendment"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "AssessmentRating_data_version_insert_rule" AFTER INSERT ON "AssessmentRating"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentRating_data_version_update_rule" AFTER UPDATE ON "AssessmentRating"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentRating_data_version_delete_rule" AFTER DELETE ON "AssessmentRating"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentRating_data_version_truncate_rule" AFTER TRUNCATE ON "AssessmentRating"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "AssessmentValue_data_version_insert_rule" AFTER INSERT ON "AssessmentValue"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentValue_data_version_update_rule" AFTER UPDATE ON "AssessmentValue"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentValue_data_version_delete_rule" AFTER DELETE ON "AssessmentValue"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AssessmentValue_data_version_truncate_rule" AFTER TRUNCATE ON "AssessmentValue"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Attachment_data_version_insert_rule" AFTER INSERT ON "Attachment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Attachment_data_version_update_rule" AFTER UPDATE ON "Attachment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Attachment_data_version_delete_rule" AFTER DELETE ON "Attachment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Attachment_data_version_truncate_rule" AFTER TRUNCATE ON "Attachment"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "AuditEvent_data_version_insert_rule" AFTER INSERT ON "AuditEvent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AuditEvent_data_version_update_rule" AFTER UPDATE ON "AuditEvent"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AuditEvent_data_version_delete_rule" AFTER DELETE ON "AuditEvent"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "AuditEvent_data_version_truncate_rule" AFTER TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "ChannelReview_data_version_insert_rule" AFTER INSERT ON "ChannelReview"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ChannelReview_data_version_update_rule" AFTER UPDATE ON "ChannelReview"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ChannelReview_data_version_delete_rule" AFTER DELETE ON "ChannelReview"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ChannelReview_data_version_truncate_rule" AFTER TRUNCATE ON "ChannelReview"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "ChannelZeroReport_data_version_insert_rule" AFTER INSERT ON "ChannelZeroReport"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ChannelZeroReport_data_version_update_rule" AFTER UPDATE ON "ChannelZeroReport"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ChannelZeroReport_data_version_delete_rule" AFTER DELETE ON "ChannelZeroReport"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ChannelZeroReport_data_version_truncate_rule" AFTER TRUNCATE ON "ChannelZeroReport"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "DistrictChannelReview_data_version_insert_rule" AFTER INSERT ON "DistrictChannelReview"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DistrictChannelReview_data_version_update_rule" AFTER UPDATE ON "DistrictChannelReview"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DistrictChannelReview_data_version_delete_rule" AFTER DELETE ON "DistrictChannelReview"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DistrictChannelReview_data_version_truncate_rule" AFTER TRUNCATE ON "DistrictChannelReview"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "DistrictInspection_data_version_insert_rule" AFTER INSERT ON "DistrictInspection"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DistrictInspection_data_version_update_rule" AFTER UPDATE ON "DistrictInspection"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DistrictInspection_data_version_delete_rule" AFTER DELETE ON "DistrictInspection"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DistrictInspection_data_version_truncate_rule" AFTER TRUNCATE ON "DistrictInspection"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Duty_data_version_insert_rule" AFTER INSERT ON "Duty"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Duty_data_version_update_rule" AFTER UPDATE ON "Duty"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Duty_data_version_delete_rule" AFTER DELETE ON "Duty"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Duty_data_version_truncate_rule" AFTER TRUNCATE ON "Duty"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "DutyScopeUnit_data_version_insert_rule" AFTER INSERT ON "DutyScopeUnit"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DutyScopeUnit_data_version_update_rule" AFTER UPDATE ON "DutyScopeUnit"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DutyScopeUnit_data_version_delete_rule" AFTER DELETE ON "DutyScopeUnit"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "DutyScopeUnit_data_version_truncate_rule" AFTER TRUNCATE ON "DutyScopeUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "IndicatorDefinition_data_version_insert_rule" AFTER INSERT ON "IndicatorDefinition"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "IndicatorDefinition_data_version_update_rule" AFTER UPDATE ON "IndicatorDefinition"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "IndicatorDefinition_data_version_delete_rule" AFTER DELETE ON "IndicatorDefinition"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "IndicatorDefinition_data_version_truncate_rule" AFTER TRUNCATE ON "IndicatorDefinition"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "IndicatorSet_data_version_insert_rule" AFTER INSERT ON "IndicatorSet"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "IndicatorSet_data_version_update_rule" AFTER UPDATE ON "IndicatorSet"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "IndicatorSet_data_version_delete_rule" AFTER DELETE ON "IndicatorSet"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "IndicatorSet_data_version_truncate_rule" AFTER TRUNCATE ON "IndicatorSet"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "InspectionFinding_data_version_insert_rule" AFTER INSERT ON "InspectionFinding"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "InspectionFinding_data_version_update_rule" AFTER UPDATE ON "InspectionFinding"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "InspectionFinding_data_version_delete_rule" AFTER DELETE ON "InspectionFinding"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "InspectionFinding_data_version_truncate_rule" AFTER TRUNCATE ON "InspectionFinding"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "LiaisonContact_data_version_insert_rule" AFTER INSERT ON "LiaisonContact"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "LiaisonContact_data_version_update_rule" AFTER UPDATE ON "LiaisonContact"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "LiaisonContact_data_version_delete_rule" AFTER DELETE ON "LiaisonContact"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "LiaisonContact_data_version_truncate_rule" AFTER TRUNCATE ON "LiaisonContact"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "MisconductCase_data_version_insert_rule" AFTER INSERT ON "MisconductCase"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "MisconductCase_data_version_update_rule" AFTER UPDATE ON "MisconductCase"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "MisconductCase_data_version_delete_rule" AFTER DELETE ON "MisconductCase"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "MisconductCase_data_version_truncate_rule" AFTER TRUNCATE ON "MisconductCase"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Notification_data_version_insert_rule" AFTER INSERT ON "Notification"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Notification_data_version_update_rule" AFTER UPDATE ON "Notification"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Notification_data_version_delete_rule" AFTER DELETE ON "Notification"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Notification_data_version_truncate_rule" AFTER TRUNCATE ON "Notification"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "ObligationRule_data_version_insert_rule" AFTER INSERT ON "ObligationRule"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ObligationRule_data_version_update_rule" AFTER UPDATE ON "ObligationRule"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ObligationRule_data_version_delete_rule" AFTER DELETE ON "ObligationRule"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "ObligationRule_data_version_truncate_rule" AFTER TRUNCATE ON "ObligationRule"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "OnlineChannel_data_version_insert_rule" AFTER INSERT ON "OnlineChannel"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "OnlineChannel_data_version_update_rule" AFTER UPDATE ON "OnlineChannel"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "OnlineChannel_data_version_delete_rule" AFTER DELETE ON "OnlineChannel"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "OnlineChannel_data_version_truncate_rule" AFTER TRUNCATE ON "OnlineChannel"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "OrgUnit_data_version_insert_rule" AFTER INSERT ON "OrgUnit"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "OrgUnit_data_version_update_rule" AFTER UPDATE ON "OrgUnit"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "OrgUnit_data_version_delete_rule" AFTER DELETE ON "OrgUnit"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "OrgUnit_data_version_truncate_rule" AFTER TRUNCATE ON "OrgUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Person_data_version_insert_rule" AFTER INSERT ON "Person"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Person_data_version_update_rule" AFTER UPDATE ON "Person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Person_data_version_delete_rule" AFTER DELETE ON "Person"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Person_data_version_truncate_rule" AFTER TRUNCATE ON "Person"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Post_data_version_insert_rule" AFTER INSERT ON "Post"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Post_data_version_update_rule" AFTER UPDATE ON "Post"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Post_data_version_delete_rule" AFTER DELETE ON "Post"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Post_data_version_truncate_rule" AFTER TRUNCATE ON "Post"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "RatingRound_data_version_insert_rule" AFTER INSERT ON "RatingRound"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RatingRound_data_version_update_rule" AFTER UPDATE ON "RatingRound"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RatingRound_data_version_delete_rule" AFTER DELETE ON "RatingRound"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RatingRound_data_version_truncate_rule" AFTER TRUNCATE ON "RatingRound"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Rectification_data_version_insert_rule" AFTER INSERT ON "Rectification"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Rectification_data_version_update_rule" AFTER UPDATE ON "Rectification"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Rectification_data_version_delete_rule" AFTER DELETE ON "Rectification"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Rectification_data_version_truncate_rule" AFTER TRUNCATE ON "Rectification"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Risk_data_version_insert_rule" AFTER INSERT ON "Risk"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Risk_data_version_update_rule" AFTER UPDATE ON "Risk"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Risk_data_version_delete_rule" AFTER DELETE ON "Risk"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "Risk_data_version_truncate_rule" AFTER TRUNCATE ON "Risk"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "RiskResponse_data_version_insert_rule" AFTER INSERT ON "RiskResponse"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RiskResponse_data_version_update_rule" AFTER UPDATE ON "RiskResponse"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RiskResponse_data_version_delete_rule" AFTER DELETE ON "RiskResponse"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RiskResponse_data_version_truncate_rule" AFTER TRUNCATE ON "RiskResponse"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "RiskTransition_data_version_insert_rule" AFTER INSERT ON "RiskTransition"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RiskTransition_data_version_update_rule" AFTER UPDATE ON "RiskTransition"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RiskTransition_data_version_delete_rule" AFTER DELETE ON "RiskTransition"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "RiskTransition_data_version_truncate_rule" AFTER TRUNCATE ON "RiskTransition"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "TrainingParticipant_data_version_insert_rule" AFTER INSERT ON "TrainingParticipant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "TrainingParticipant_data_version_update_rule" AFTER UPDATE ON "TrainingParticipant"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "TrainingParticipant_data_version_delete_rule" AFTER DELETE ON "TrainingParticipant"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "TrainingParticipant_data_version_truncate_rule" AFTER TRUNCATE ON "TrainingParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "TrainingRecord_data_version_insert_rule" AFTER INSERT ON "TrainingRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "TrainingRecord_data_version_update_rule" AFTER UPDATE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "TrainingRecord_data_version_delete_rule" AFTER DELETE ON "TrainingRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "TrainingRecord_data_version_truncate_rule" AFTER TRUNCATE ON "TrainingRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "UserAccount_data_version_insert_rule" AFTER INSERT ON "UserAccount"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "UserAccount_data_version_update_rule" AFTER UPDATE ON "UserAccount"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "UserAccount_data_version_delete_rule" AFTER DELETE ON "UserAccount"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "UserAccount_data_version_truncate_rule" AFTER TRUNCATE ON "UserAccount"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "WorkItem_data_version_insert_rule" AFTER INSERT ON "WorkItem"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkItem_data_version_update_rule" AFTER UPDATE ON "WorkItem"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkItem_data_version_delete_rule" AFTER DELETE ON "WorkItem"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkItem_data_version_truncate_rule" AFTER TRUNCATE ON "WorkItem"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "WorkItemNote_data_version_insert_rule" AFTER INSERT ON "WorkItemNote"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkItemNote_data_version_update_rule" AFTER UPDATE ON "WorkItemNote"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkItemNote_data_version_delete_rule" AFTER DELETE ON "WorkItemNote"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkItemNote_data_version_truncate_rule" AFTER TRUNCATE ON "WorkItemNote"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "WorkRecord_data_version_insert_rule" AFTER INSERT ON "WorkRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkRecord_data_version_update_rule" AFTER UPDATE ON "WorkRecord"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkRecord_data_version_delete_rule" AFTER DELETE ON "WorkRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version();
CREATE TRIGGER "WorkRecord_data_version_truncate_rule" AFTER TRUNCATE ON "WorkRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "District_data_version_rule" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "District"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "PlanTemplate_data_version_rule" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanTemplate"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "PlanTemplateTask_data_version_rule" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PlanTemplateTask"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "RiskLifecycleMove_data_version_rule" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RiskLifecycleMove"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();

CREATE TRIGGER "Tenant_data_version_rule" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Tenant"
  FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version();
