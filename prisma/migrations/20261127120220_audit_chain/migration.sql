-- AlterTable (columns added nullable, back-filled below, then made NOT NULL: a database that already
-- holds audit events gets them chained in their original order)
ALTER TABLE "AuditEvent" ADD COLUMN     "chainKey" TEXT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" BIGINT;

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainKey_seq_key" ON "AuditEvent"("chainKey", "seq");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "UserAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- The hash chain (hand-written). One canonical text per event, defined here and, independently,
-- in src/modules/audit/chain.ts (which `npm run audit:verify` uses): the line 'zeren-audit-v1',
-- then one line per field — chainKey, seq, prevHash, tenantId, actorId, action, entityType,
-- entityId, before, after, createdAt — each written as '<UTF-8 byte length>:<text>' or '-' for
-- NULL; JSON values as PostgreSQL prints jsonb, createdAt as 'YYYY-MM-DDTHH:MM:SS.mmmZ' (UTC).
-- hash = lower-case hex sha256 of that text.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION zeren_audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(convert_to(v, 'UTF8'))::text || ':' || v END
$$;

CREATE FUNCTION zeren_audit_hash(
  p_chain text, p_seq bigint, p_prev text, p_tenant text, p_actor text, p_action text,
  p_entity_type text, p_entity_id text, p_before jsonb, p_after jsonb, p_created timestamptz
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    'zeren-audit-v1'
    || E'\n' || zeren_audit_field(p_chain)
    || E'\n' || zeren_audit_field(p_seq::text)
    || E'\n' || zeren_audit_field(p_prev)
    || E'\n' || zeren_audit_field(p_tenant)
    || E'\n' || zeren_audit_field(p_actor)
    || E'\n' || zeren_audit_field(p_action)
    || E'\n' || zeren_audit_field(p_entity_type)
    || E'\n' || zeren_audit_field(p_entity_id)
    || E'\n' || zeren_audit_field(p_before::text)
    || E'\n' || zeren_audit_field(p_after::text)
    || E'\n' || zeren_audit_field(to_char(p_created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
  'UTF8')), 'hex')
$$;

-- Back-fill: chain the events already present, per chain in id order.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only_rule";
DO $$
DECLARE
  r record;
  v_key text := NULL;
  v_seq bigint := 0;
  v_prev text;
  v_created timestamptz;
BEGIN
  FOR r IN
    SELECT e.*, COALESCE(e."tenantId", 'district:' || a."districtId", 'system') AS chain_key
      FROM "AuditEvent" e LEFT JOIN "UserAccount" a ON a."id" = e."actorId"
     ORDER BY chain_key, e."id"
  LOOP
    IF v_key IS DISTINCT FROM r.chain_key THEN
      v_key := r.chain_key; v_seq := 0; v_prev := repeat('0', 64);
    END IF;
    v_seq := v_seq + 1;
    v_created := date_trunc('milliseconds', r."createdAt");
    UPDATE "AuditEvent"
       SET "chainKey" = r.chain_key, "seq" = v_seq, "prevHash" = v_prev, "createdAt" = v_created,
           "hash" = zeren_audit_hash(r.chain_key, v_seq, v_prev, r."tenantId", r."actorId", r."action",
                                     r."entityType", r."entityId", r."before", r."after", v_created)
     WHERE "id" = r."id"
     RETURNING "hash" INTO v_prev;
  END LOOP;
END $$;
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only_rule";

ALTER TABLE "AuditEvent" ALTER COLUMN "chainKey" SET NOT NULL,
  ALTER COLUMN "hash" SET NOT NULL,
  ALTER COLUMN "prevHash" SET NOT NULL,
  ALTER COLUMN "seq" SET NOT NULL;

-- A tenant's events live in that tenant's chain; links are sha256 hex.
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_chain_rule" CHECK (
  ("tenantId" IS NULL OR "chainKey" = "tenantId")
  AND "seq" >= 1
  AND "prevHash" ~ '^[0-9a-f]{64}$'
  AND "hash" ~ '^[0-9a-f]{64}$'
);

-- Every insert, from any writer, extends its chain: the chain's advisory lock (held to commit)
-- serialises concurrent writers, so each sees the previous event and the chain stays linear.
CREATE FUNCTION zeren_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_seq bigint;
  v_hash text;
BEGIN
  NEW."chainKey" := COALESCE(NEW."chainKey", NEW."tenantId", 'system');
  NEW."createdAt" := date_trunc('milliseconds', COALESCE(NEW."createdAt", now()));
  PERFORM pg_advisory_xact_lock(hashtextextended('zeren-audit:' || NEW."chainKey", 0));
  SELECT "seq", "hash" INTO v_seq, v_hash FROM "AuditEvent"
   WHERE "chainKey" = NEW."chainKey" ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := COALESCE(v_seq, 0) + 1;
  NEW."prevHash" := COALESCE(v_hash, repeat('0', 64));
  NEW."hash" := zeren_audit_hash(NEW."chainKey", NEW."seq", NEW."prevHash", NEW."tenantId", NEW."actorId",
                                 NEW."action", NEW."entityType", NEW."entityId", NEW."before", NEW."after",
                                 NEW."createdAt");
  RETURN NEW;
END $$;
CREATE TRIGGER "AuditEvent_chain_rule" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION zeren_audit_chain();
