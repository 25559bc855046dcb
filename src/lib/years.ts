/** The years the API accepts (assessments, ratings, plans, ledgers), and a calendar year as a date range. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The calendar year as a Prisma date filter: from 1 January (inclusive) to the next 1 January (exclusive). */
export const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });
