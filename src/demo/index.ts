import { hashPassword } from '../modules/auth/service.js';
import type { PrismaClient } from '../db/client.js';
import { DEMO_PASSWORD, seedOrg, type DemoOrg } from './org.js';
import { seedAssessment, type DemoAssessment } from './assessment.js';
import { seedPlan } from './plan.js';
import { seedRisks } from './risks.js';
import { seedDistrictWork } from './district.js';

export type DemoData = DemoOrg & { assessment: DemoAssessment };

/**
 * Loads the demo data in one transaction (so the responsibility rules are checked once, at commit,
 * on the whole team). Later features add their demo records here, after the organisation.
 */
export async function seedDemo(
  prisma: PrismaClient,
  options: { passwordHash?: string; now?: Date; progress?: (line: string) => void } = {},
): Promise<DemoData> {
  const step = options.progress ?? (() => {});
  const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  return prisma.$transaction(async (tx) => {
    step('演示数据 (demo data) 1/4: district, bureaus, organisation, people, posts and duties');
    const now = options.now ?? new Date();
    const org = await seedOrg(tx, passwordHash, now);
    step('演示数据 (demo data) 2/4: annual plan, work items and records');
    await seedPlan(tx, org, now);
    step('演示数据 (demo data) 3/4: risks, channels and cases');
    await seedRisks(tx, org, now);
    // The district's own work: 区委宣传部's inspection (its work record counts for the INSPECTION rule), 区委网信办's review.
    await seedDistrictWork(tx, org, now);
    step('演示数据 (demo data) 4/4: indicators and assessments');
    const assessment = await seedAssessment(tx, org, now);
    return { ...org, assessment };
  }, { timeout: 120_000, maxWait: 10_000 });
}

/** No district and no bureau: neither the demo nor `npm run setup` has run. */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.district.count()) === 0 && (await prisma.tenant.count()) === 0;
}
