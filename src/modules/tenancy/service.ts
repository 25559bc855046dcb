import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { districtAdminViewer } from '../../authz/guards.js';
import { ANONYMOUS, type Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { todayInChina } from '../../lib/dates.js';
import { parseInput } from '../../lib/validation.js';
import type { ThrottleStore } from '../../lib/throttle.js';
import { guardUsernameAnswers } from '../accounts/username-probes.js';
import { createAccountWithOneTimePassword, assertUsername, publicAccount } from '../accounts/service.js';
import { createDefaultIndicatorSet } from '../assessment/defaults.js';
import { recordAudit } from '../audit/service.js';
import { seedObligationRules } from '../obligations/service.js';

/**
 * Provisioning: the one way a district and a bureau come into being — for `npm run setup`, for the
 * `createBureau` mutation and for the demo loader alike. A bureau is created with everything the
 * plan gives every bureau: its root committee unit, the obligation rules of the shipped plan data,
 * the link to the current plan template, the default indicator set of the year, and its
 * administrator's account.
 */

/** A code: letters, digits, . _ - (no separators: unit codes are listed with 、 or , in the workbook). */
const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a code is 1–64 letters, digits, . _ or -');
const bureauInput = z.object({
  code,
  name: z.string().trim().min(1, 'name is required').max(100, 'name is at most 100 characters'),
  shortName: z.string().trim().min(1, 'shortName is required').max(50, 'shortName is at most 50 characters'),
  adminUsername: z.string(),
});

export interface BureauInput {
  code: string;
  name: string;
  shortName: string;
  adminUsername: string;
}

export interface ProvisionOptions {
  now: Date;
  /**
   * The demo only: the administrator's password hash (a known password, no change required).
   * Otherwise the administrator gets a one-time password.
   */
  adminPasswordHash?: string;
}

/** Creates a bureau and everything it starts with, in the caller's transaction, audited as `actor`. */
export async function provisionBureau(tx: Tx, actor: Viewer, districtId: string, input: BureauInput, options: ProvisionOptions) {
  const data = parseInput(bureauInput, input, 'input');
  const adminUsername = assertUsername(data.adminUsername, 'adminUsername');
  if (await tx.tenant.findUnique({ where: { code: data.code }, select: { id: true } })) {
    throw new DomainError('BUREAU_CODE_TAKEN', undefined, { field: 'code' });
  }
  const template = await tx.planTemplate.findFirst({ orderBy: { issuedOn: 'desc' }, select: { id: true } });
  const tenant = await tx.tenant.create({
    data: { districtId, code: data.code, name: data.name, shortName: data.shortName, planTemplateId: template?.id ?? null },
  });
  const rootId = randomUUID();
  const root = await tx.orgUnit.create({
    data: { id: rootId, tenantId: tenant.id, parentId: null, kind: 'BUREAU_COMMITTEE', code: data.code, name: data.name, ancestorIds: [rootId], depth: 0 },
  });
  await seedObligationRules(tx, tenant.id);
  const year = todayInChina(options.now).getUTCFullYear();
  await createDefaultIndicatorSet(tx, tenant.id, year, 'INTERNAL');
  await createDefaultIndicatorSet(tx, tenant.id, year, 'BUREAU_TEAM');
  const adminData = { username: adminUsername, displayName: `${data.shortName}管理员`, tenantId: tenant.id, isAdministrator: true };
  const { account, temporaryPassword } = options.adminPasswordHash
    ? { account: await createKnownAccount(tx, adminData, options.adminPasswordHash), temporaryPassword: null }
    : await createAccountWithOneTimePassword(tx, adminData);
  await recordAudit(tx, actor, {
    tenantId: tenant.id, action: 'bureau.create', entityType: 'Tenant', entityId: tenant.id,
    after: { tenant, root: { id: root.id, code: root.code, name: root.name }, indicatorSetYear: year, administrator: publicAccount(account) },
  });
  return { tenant, root, administrator: account, temporaryPassword };
}

async function createKnownAccount(tx: Tx, data: { username: string; displayName: string; tenantId?: string; districtId?: string; isAdministrator: boolean }, passwordHash: string) {
  if (await tx.userAccount.findUnique({ where: { username: data.username }, select: { id: true } })) {
    throw new DomainError('USERNAME_TAKEN', undefined, { field: 'adminUsername' });
  }
  return tx.userAccount.create({ data: { ...data, passwordHash } });
}

/** The createBureau mutation: a district administrator creates a bureau of their district. */
export async function createBureau(prisma: PrismaClient, viewer: Viewer, input: BureauInput, now: Date, throttle?: ThrottleStore) {
  const admin = districtAdminViewer(viewer);
  // A name taken outside the district is an answer about someone else's account: throttled (username-probes.ts).
  if (typeof input.adminUsername === 'string') await guardUsernameAnswers(prisma, throttle, viewer, [input.adminUsername], now);
  return inTransaction(prisma, (tx) => provisionBureau(tx, viewer, admin.districtId, input, { now }));
}

export interface DistrictInput {
  /** 区, e.g. 盐城市大丰区. */
  name: string;
  /** A stable code (e.g. the administrative division code 320904); the name when not given. */
  code?: string | null;
  adminUsername: string;
}

const districtInput = z.object({
  name: z.string().trim().min(1, 'the district name is required').max(100),
  code: z.string().trim().min(1).max(64).nullish(),
  adminUsername: z.string(),
});

/**
 * Creates a district and its administrator (the first step of a real installation, `npm run
 * setup`), in the caller's transaction. A district that exists (by name or code) is refused with
 * DISTRICT_EXISTS: nothing is changed.
 */
export async function provisionDistrict(tx: Tx, input: DistrictInput, options: { adminPasswordHash?: string } = {}) {
  const data = parseInput(districtInput, input, 'input');
  const adminUsername = assertUsername(data.adminUsername, 'adminUsername');
  const districtCode = data.code ?? data.name;
  const existing = await tx.district.findFirst({ where: { OR: [{ name: data.name }, { code: districtCode }] }, select: { id: true } });
  if (existing) throw new DomainError('DISTRICT_EXISTS', `该区已建立 (the district ${data.name} has already been set up)`);
  const district = await tx.district.create({ data: { name: data.name, code: districtCode } });
  const adminData = { username: adminUsername, displayName: `${data.name}管理员`, districtId: district.id, isAdministrator: true };
  const { account, temporaryPassword } = options.adminPasswordHash
    ? { account: await createKnownAccount(tx, adminData, options.adminPasswordHash), temporaryPassword: null }
    : await createAccountWithOneTimePassword(tx, adminData);
  const actor: Viewer = ANONYMOUS;
  await recordAudit(tx, actor, {
    tenantId: null, action: 'district.create', entityType: 'District', entityId: district.id,
    after: { district, administrator: publicAccount(account) },
  });
  return { district, administrator: account, temporaryPassword };
}

/** `npm run setup`: a district and its administrator on a migrated database, in one transaction. */
export async function setupDistrict(prisma: PrismaClient, input: DistrictInput) {
  return inTransaction(prisma, (tx) => provisionDistrict(tx, input));
}
