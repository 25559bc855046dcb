import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers.js';
import { csvOf, download, RequestExport, workbookOf } from './helpers.js';

let app: TestApp;
beforeAll(async () => { app = await createTestApp(); });
afterAll(() => app?.close());

it('smoke', async () => {
  const token = await app.login('secretary');
  for (const ledger of ['ORG_UNITS', 'DUTIES', 'AUDIT'] as const) {
    const r = await app.run(RequestExport, { input: { ledger, format: 'CSV' } }, token);
    console.log(JSON.stringify(r));
    const res = await download(app, r.data!.requestExport.url);
    console.log(res.status, [...res.headers]);
    const csv = await csvOf(res);
    console.log(csv.raw.slice(0, 600));
    const x = await app.run(RequestExport, { input: { ledger, format: 'XLSX' } }, token);
    const wb = await workbookOf(await download(app, x.data!.requestExport.url));
    const ws = wb.worksheets[0]!;
    console.log(ws.name, ws.rowCount, ws.getRow(1).values, ws.getRow(2).values, ws.getRow(3).values, ws.views);
  }
});
