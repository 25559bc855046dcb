import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { assertRiskMove } from '../../src/modules/risks/lifecycle.js';

/**
 * Fidelity of terms (issue 21 item 9): the Chinese half of a message — the text before the English in
 * brackets — names no English code; Chinese terms come from src/lib/labels.ts.
 */
/** Product names a clerk reads as such (WPS Office) are not codes. */
const chineseHalf = (message: string) => message.split(' (')[0]!.replace(/WPS/g, '');

describe('the Chinese half of a message names no English code', () => {
  it('every default message of the error table', () => {
    const offending = Object.entries(ERROR_CODES).filter(([, m]) => /[A-Z]{3,}/.test(chineseHalf(m)));
    expect(offending).toEqual([]);
  });

  it('the risk lifecycle\'s refusal names stages, classes and severities in Chinese', () => {
    let message = '';
    try {
      assertRiskMove({ kind: 'person' } as never, { id: 'u', tenantId: 't', ancestorIds: ['u'] }, { stage: 'ASSESSED', riskClass: 'POLITICAL_PRINCIPLE', severity: 'LOW' } as never, 'HANDLED');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('风险不能从精准研判流转到');
    expect(message).toContain('须先预警');
    expect(message.replace(/\([^)]*\)/g, '')).not.toMatch(/[A-Z]{3,}/);
  });
});
