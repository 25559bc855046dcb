-- The response cache's data version on tables created after 20261207235319_data_version (issue 21's
-- ObligationRuleVersion came with 20261208000000_record_years, which sorts after it, so that
-- migration's list of triggers missed it: a rule's new version left cached answers in place).
--
-- zeren_install_data_version_triggers(table) installs the same triggers that migration wrote by hand:
-- a table with a "tenantId" column bumps its bureaus' counters on INSERT, UPDATE and DELETE (and the
-- shared one on TRUNCATE); any other table bumps the shared counter. A migration that creates a
-- table ends with `SELECT zeren_install_data_version_triggers('"NewTable"');`
-- (test/cache/response-cache.test.ts names a table that has none). Trigger names end in _rule, so the
-- schema diff leaves them alone.
CREATE FUNCTION zeren_install_data_version_triggers(target regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  name text := (SELECT c.relname FROM pg_class c WHERE c.oid = target);
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = 'tenantId' AND NOT attisdropped) THEN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version()',
      name || '_data_version_insert_rule', target);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version()',
      name || '_data_version_update_rule', target);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_data_version()',
      name || '_data_version_delete_rule', target);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version()',
      name || '_data_version_truncate_rule', target);
  ELSE
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION zeren_bump_shared_data_version()',
      name || '_data_version_rule', target);
  END IF;
END $$;

SELECT zeren_install_data_version_triggers('"ObligationRuleVersion"');

-- Rows already there when this runs (rule versions carried over by record_years): cached answers
-- made before may predate them, so every viewer's key moves once.
INSERT INTO "DataVersion" ("scope", "version") VALUES ('*', 1)
  ON CONFLICT ("scope") DO UPDATE SET "version" = "DataVersion"."version" + 1;
