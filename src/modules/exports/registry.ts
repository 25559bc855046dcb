import { DomainError } from '../../errors.js';
import type { ExportLedgerCode, Ledger } from './ledger.js';
import { accountabilityLedger } from './ledgers/accountability.js';
import { assessmentsLedger } from './ledgers/assessments.js';
import { auditLedger } from './ledgers/audit.js';
import { channelsLedger } from './ledgers/channels.js';
import { complianceLedger } from './ledgers/compliance.js';
import { districtComplianceLedger } from './ledgers/district-compliance.js';
import { dutiesLedger } from './ledgers/duties.js';
import { misconductCasesLedger } from './ledgers/misconduct-cases.js';
import { orgChartLedger } from './ledgers/org-chart.js';
import { orgUnitsLedger } from './ledgers/org-units.js';
import { risksLedger } from './ledgers/risks.js';
import { workItemsLedger } from './ledgers/work-items.js';
import { workRecordsLedger } from './ledgers/work-records.js';

/**
 * The registered ledgers. A module adds its ledger here with one line once it has landed; until
 * then its code answers LEDGER_UNAVAILABLE.
 */
export const LEDGERS: Partial<Record<ExportLedgerCode, Ledger<never>>> = {
  ORG_UNITS: orgUnitsLedger as Ledger<never>,
  DUTIES: dutiesLedger as Ledger<never>,
  WORK_ITEMS: workItemsLedger as Ledger<never>,
  WORK_RECORDS: workRecordsLedger as Ledger<never>,
  COMPLIANCE: complianceLedger as Ledger<never>,
  RISKS: risksLedger as Ledger<never>,
  CHANNELS: channelsLedger as Ledger<never>,
  MISCONDUCT_CASES: misconductCasesLedger as Ledger<never>,
  ASSESSMENTS: assessmentsLedger as Ledger<never>,
  ACCOUNTABILITY: accountabilityLedger as Ledger<never>,
  AUDIT: auditLedger as Ledger<never>,
  DISTRICT_COMPLIANCE: districtComplianceLedger as Ledger<never>,
  ORG_CHART: orgChartLedger as Ledger<never>,
};

export function ledgerOf(code: string): Ledger<unknown> {
  const ledger = (LEDGERS as Record<string, Ledger<never> | undefined>)[code];
  if (!ledger) {
    throw new DomainError('LEDGER_UNAVAILABLE', `台账 ${code} 暂不可导出 (ledger ${code} is not available for export)`, { ledger: code });
  }
  return ledger as unknown as Ledger<unknown>;
}
