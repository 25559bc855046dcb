import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '../authz/scope.js';
import { provisionBureau } from '../modules/tenancy/service.js';
import type { PrismaClient } from '../db/client.js';

/**
 * A synthetic bureau of a chosen size, for statement-count tests and benchmarks: a bureau
 * committee, `committees` party committees each with `branchesPer` branches, every committee with a
 * full team (secretary, direct responsible person, one dual-duty member per two branches), and an
 * account for the bureau secretary. Rows go in with createMany, in one transaction.
 */
export async function createSyntheticBureau(
  prisma: PrismaClient,
  options: { districtId: string; committees: number; branchesPer: number; label?: string },
): Promise<{ tenantId: string; rootId: string; unitCount: number; secretaryAccountId: string }> {
  return prisma.$transaction(async (tx) => {
    const label = options.label ?? randomUUID().slice(0, 8);
    // The bureau itself as every bureau is made (its administrator cannot sign in: 'x' is no hash).
    const { tenant, root } = await provisionBureau(tx, ANONYMOUS, options.districtId, {
      code: `synthetic-${label}`, name: `中共盐城市大丰区模拟局委员会（${label}）`, shortName: `模拟局${label}`, adminUsername: `synthetic-${label}.admin`,
    }, { now: new Date(), adminPasswordHash: 'x' });
    const units: { id: string; tenantId: string; parentId: string | null; kind: 'BUREAU_COMMITTEE' | 'PARTY_COMMITTEE' | 'BRANCH'; name: string; ancestorIds: string[]; depth: number; sortOrder: number }[] = [];
    const rootId = root.id;
    const teams: { unitId: string; scopes: string[][] }[] = [];
    const rootScopes: string[][] = [];
    for (let c = 0; c < options.committees; c++) {
      const cid = randomUUID();
      units.push({ id: cid, tenantId: tenant.id, parentId: rootId, kind: 'PARTY_COMMITTEE', name: `第${c + 1}党委`, ancestorIds: [rootId, cid], depth: 1, sortOrder: c });
      rootScopes.push([cid]);
      const branches: string[] = [];
      for (let b = 0; b < options.branchesPer; b++) {
        const bid = randomUUID();
        branches.push(bid);
        units.push({ id: bid, tenantId: tenant.id, parentId: cid, kind: 'BRANCH', name: `第${c + 1}党委第${b + 1}支部`, ancestorIds: [rootId, cid, bid], depth: 2, sortOrder: b });
        teams.push({ unitId: bid, scopes: [] });
      }
      const pairs: string[][] = [];
      for (let i = 0; i < branches.length; i += 2) pairs.push(branches.slice(i, i + 2));
      teams.push({ unitId: cid, scopes: pairs });
    }
    // The bureau committee's members share the party committees between them, four each.
    const rootGroups: string[][] = [];
    for (let i = 0; i < rootScopes.length; i += 4) rootGroups.push(rootScopes.slice(i, i + 4).flat());
    teams.push({ unitId: rootId, scopes: rootGroups });
    await tx.orgUnit.createMany({ data: units });


    const people: { id: string; tenantId: string; name: string }[] = [];
    const posts: { id: string; tenantId: string; unitId: string; personId: string; role: 'SECRETARY' | 'DEPUTY_SECRETARY' | 'COMMITTEE_MEMBER'; startDate: Date }[] = [];
    const duties: { id: string; tenantId: string; unitId: string; personId: string; postId: string; kind: 'FIRST_RESPONSIBLE' | 'DIRECT_RESPONSIBLE' | 'DUAL_DUTY'; startDate: Date }[] = [];
    const scope: { tenantId: string; dutyId: string; unitId: string }[] = [];
    const startDate = new Date('2024-01-01');
    let secretaryOfRoot = '';
    const add = (unitId: string, role: 'SECRETARY' | 'DEPUTY_SECRETARY' | 'COMMITTEE_MEMBER', kind: 'FIRST_RESPONSIBLE' | 'DIRECT_RESPONSIBLE' | 'DUAL_DUTY', scopeUnits: string[]) => {
      const personId = randomUUID();
      const postId = randomUUID();
      const dutyId = randomUUID();
      people.push({ id: personId, tenantId: tenant.id, name: `人员${people.length + 1}` });
      posts.push({ id: postId, tenantId: tenant.id, unitId, personId, role, startDate });
      duties.push({ id: dutyId, tenantId: tenant.id, unitId, personId, postId, kind, startDate });
      for (const u of scopeUnits) scope.push({ tenantId: tenant.id, dutyId, unitId: u });
      return personId;
    };
    for (const team of teams) {
      const secretary = add(team.unitId, 'SECRETARY', 'FIRST_RESPONSIBLE', [team.unitId]);
      if (team.unitId === rootId) secretaryOfRoot = secretary;
      if (team.scopes.length || team.unitId === rootId) add(team.unitId, 'DEPUTY_SECRETARY', 'DIRECT_RESPONSIBLE', [team.unitId]);
      for (const s of team.scopes) if (s.length) add(team.unitId, 'COMMITTEE_MEMBER', 'DUAL_DUTY', s);
    }
    await tx.person.createMany({ data: people });
    await tx.post.createMany({ data: posts });
    await tx.duty.createMany({ data: duties });
    await tx.dutyScopeUnit.createMany({ data: scope });
    const account = await tx.userAccount.create({
      data: { username: `synthetic-${label}`, passwordHash: 'x', displayName: '模拟局书记', tenantId: tenant.id, personId: secretaryOfRoot },
    });
    return { tenantId: tenant.id, rootId, unitCount: units.length + 1, secretaryAccountId: account.id };
  }, { timeout: 300_000, maxWait: 10_000 });
}
