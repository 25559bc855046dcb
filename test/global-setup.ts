import type { TestProject } from 'vitest/node';
import { buildTemplate } from './template.js';

/**
 * Once per `vitest run`: migrates and seeds the demo template on the run's engine (PostgreSQL when
 * DATABASE_URL is set, else PGlite), with the clock fixed at the run's start, and hands it to the
 * test files (test/helpers.ts: createTestApp copies it). Rebuilt every run, so a changed migration,
 * seed or service is always in it; removed at the end. TEST_TEMPLATE=off: no template, every file
 * migrates and seeds its own database (the way before; docs/testing.md compares the two).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_TEMPLATE === 'off') {
    // Every file migrates and seeds its own database, as before the template (for comparison).
    project.provide('zerenTemplate', undefined);
    return;
  }
  const started = performance.now();
  const { template, remove } = await buildTemplate(process.env.DATABASE_URL, new Date());
  project.provide('zerenTemplate', template);
  console.log(`test template (${template.engine}): migrated and seeded in ${((performance.now() - started) / 1000).toFixed(1)} s, clock ${template.seededAt}`);
  return remove;
}
