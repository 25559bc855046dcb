import { DomainError } from '../../errors.js';
import type { ExportLedgerCode, Ledger } from './ledger.js';
import { auditLedger } from './ledgers/audit.js';
import { dutiesLedger } from './ledgers/duties.js';
import { orgUnitsLedger } from './ledgers/org-units.js';

/**
 * The registered ledgers. A module adds its ledger here with one line once it has landed; until
 * then its code answers LEDGER_UNAVAILABLE.
 */
export const LEDGERS: Partial<Record<ExportLedgerCode, Ledger<never>>> = {
  ORG_UNITS: orgUnitsLedger as Ledger<never>,
  DUTIES: dutiesLedger as Ledger<never>,
  AUDIT: auditLedger as Ledger<never>,
};

export function ledgerOf(code: string): Ledger<unknown> {
  const ledger = (LEDGERS as Record<string, Ledger<never> | undefined>)[code];
  if (!ledger) {
    throw new DomainError('LEDGER_UNAVAILABLE', `台账 ${code} 暂不可导出 (ledger ${code} is not available for export)`, { ledger: code });
  }
  return ledger as unknown as Ledger<unknown>;
}
