import type { Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { rateLimited, type ThrottlePolicy, type ThrottleStore } from '../../lib/throttle.js';

/**
 * No bulk username oracle (issue 23, point 3). Usernames are global (one namespace for the whole
 * installation, so that sign-in needs no bureau), so creating an account must say when a name is
 * taken — also by an account the caller cannot otherwise see. Such answers about names **outside
 * the caller's reach** (not an account of the caller's own bureau or district) are throttled like
 * sign-in, per account: FOREIGN_NAME_POLICY.free answers, then a lock that doubles, capped at an hour.
 *
 * - Every foreign name found taken counts one answer, whichever door asked: createBureau's
 *   administrator name, createAccount, the 账号 rows of an org-chart import (dry run or not).
 * - While the caller's key is locked, any request naming a username outside their reach is refused
 *   RATE_LIMITED *before* the lookup, taken or not: otherwise "not refused" would itself answer
 *   "none of these exists".
 * - A request naming more taken foreign names than the allowance has left is refused as a whole
 *   (RATE_LIMITED): it learns no name.
 *
 * So one request learns at most `free` (5) foreign names, and one hour about 7 (5, then one after 15
 * minutes, one after 30 more). The counts share the sign-in throttle's store (Redis with REDIS_URL).
 */
export const FOREIGN_NAME_POLICY: ThrottlePolicy = { free: 5, baseMs: 15 * 60_000, capMs: 60 * 60_000, windowMs: 60 * 60_000 };

const PROBES = { zh: '查询本单位以外的用户名过于频繁', en: 'too many answers about usernames outside your bureau' };

/** The accounts whose names are within the viewer's reach: their own bureau's or district's. */
function withinReach(viewer: Viewer): Prisma.UserAccountWhereInput | undefined {
  if (viewer.kind === 'person' || viewer.kind === 'bureauAdmin') return { tenantId: viewer.tenantId };
  if (viewer.kind === 'district' || viewer.kind === 'districtAdmin') return { OR: [{ districtId: viewer.districtId }, { tenant: { districtId: viewer.districtId } }] };
  return undefined;
}

/**
 * Call before answering whether `usernames` are taken. Throws RATE_LIMITED when the viewer's
 * allowance of answers about foreign names is used up; counts one for each foreign name taken.
 */
export async function guardUsernameAnswers(
  prisma: PrismaClient, throttle: ThrottleStore | undefined, viewer: Viewer, usernames: readonly string[], now: Date,
): Promise<void> {
  if (!throttle || viewer.kind === 'anonymous' || !usernames.length) return;
  const names = [...new Set(usernames.map((u) => u.trim()).filter(Boolean))].slice(0, 5000);
  const reach = withinReach(viewer);
  const mine = reach ? await prisma.userAccount.findMany({ where: { AND: [{ username: { in: names } }, reach] }, select: { username: true } }) : [];
  const outside = names.filter((n) => !mine.some((m) => m.username === n));
  if (!outside.length) return;
  const key = `foreign-usernames:${viewer.userId}`;
  const at = now.getTime();
  const locked = await throttle.lockedFor(key, FOREIGN_NAME_POLICY, at);
  if (locked > 0) throw rateLimited(locked, PROBES);
  const taken = await prisma.userAccount.count({ where: { username: { in: outside } } });
  for (let i = 0; i < taken; i++) {
    const attempt = await throttle.attempt(key, FOREIGN_NAME_POLICY, at);
    if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs, PROBES);
  }
}
