import { afterAll, beforeAll, expect, it } from 'vitest';
import { chartWorkbook, syntheticChart } from '../../src/modules/orgchart/synthetic.js';
import { countStatements, createTestApp, type TestApp } from '../helpers.js';
import { importWorkbook, newBureau } from './fixtures.js';

/** An import sends the same number of statements whatever the size of the workbook. */

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
});
afterAll(() => app?.close());

async function statementsFor(code: string, committees: number, branchesPer: number) {
  const bureau = await newBureau(app, code);
  const bytes = await chartWorkbook(syntheticChart(code, committees, branchesPer));
  const { result, statements } = await countStatements(app.db, () => importWorkbook(app, bureau.token, bytes, false));
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const report = result.data.importOrgChart;
  expect(report.errors).toEqual([]);
  expect(report.applied).toBe(true);
  const units = await app.db.prisma.orgUnit.count({ where: { tenantId: bureau.tenantId } });
  expect(units).toBe(1 + committees * (1 + branchesPer));
  const again = await countStatements(app.db, () => importWorkbook(app, bureau.token, bytes, false));
  if (!again.result.data) throw new Error(JSON.stringify(again.result.errors));
  expect(again.result.data.importOrgChart.counts).toEqual({ units: 0, people: 0, posts: 0, duties: 0, accounts: 0 });
  return { statements, reimport: again.statements };
}

it('imports 13 and 121 units with the same number of statements', async () => {
  const small = await statementsFor('STS', 3, 3);
  const large = await statementsFor('STL', 12, 9);
  console.log(`statements: small ${JSON.stringify(small)}, large ${JSON.stringify(large)}`);
  expect(large).toEqual(small);
});
