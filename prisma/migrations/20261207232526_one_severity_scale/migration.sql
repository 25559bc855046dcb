-- One severity scale across rules and risks (一般 < 较大 < 重大 < 特别重大, src/lib/labels.ts): the
-- risk-handling rules were named on another scale ("较大" meant HIGH). Names a bureau edited stay.
UPDATE "ObligationRule" SET "name" = CASE "severity"
    WHEN 'LOW' THEN '一般风险15日内处置'
    WHEN 'MEDIUM' THEN '较大风险7日内处置'
    WHEN 'HIGH' THEN '重大风险3日内处置'
    WHEN 'CRITICAL' THEN '特别重大风险1日内处置'
  END
 WHERE "ruleKind" = 'RISK_HANDLING' AND "origin" = 'LOCAL' AND "code" = 'RISK_HANDLING_' || "severity"::text
   AND "name" = CASE "severity"
    WHEN 'LOW' THEN '较低风险15日内处置'
    WHEN 'MEDIUM' THEN '一般风险7日内处置'
    WHEN 'HIGH' THEN '较大风险3日内处置'
    WHEN 'CRITICAL' THEN '重大风险1日内处置'
  END;
