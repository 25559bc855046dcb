import type { WorkItemStatus } from '../../generated/prisma/enums.js';

/**
 * Work items still open: not finished (DONE) nor cancelled. The one home of the rule (issue 20):
 * TypeScript reads it as is, SQL gets it as a parameter (`w."status"::text = ANY(${[...OPEN_WORK_ITEM_STATUSES]}::text[])`).
 * Overdue = open and due before today (derived, never stored).
 */
export const OPEN_WORK_ITEM_STATUSES: readonly WorkItemStatus[] = ['PLANNED', 'IN_PROGRESS'];
