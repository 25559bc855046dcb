import { hashPassword } from '../../modules/auth/service.js';
import type { PrismaClient } from '../client.js';
import { DEMO_PASSWORD, seedOrg, type DemoOrg } from './org.js';
import { seedAssessment, type DemoAssessment } from './assessment.js';
import { seedPlan } from './plan.js';
import { seedRisks } from './risks.js';

export type DemoData = DemoOrg & { assessment: DemoAssessment };

/**
 * Loads the demo data in one transaction (so the responsibility rules are checked once, at commit,
 * on the whole team). Later features add their demo records here, after the organisation.
 */
export async function seedDemo(prisma: PrismaClient, options: { passwordHash?: string; now?: Date } = {}): Promise<DemoData> {
  const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  return prisma.$transaction(async (tx) => {
    const now = options.now ?? new Date();
    const org = await seedOrg(tx, passwordHash, now);
    await seedPlan(tx, org, now);
    await seedRisks(tx, org, now);
    const assessment = await seedAssessment(tx, org, now);
    return { ...org, assessment };
  }, { timeout: 120_000, maxWait: 10_000 });
}

export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.tenant.count()) === 0;
}
