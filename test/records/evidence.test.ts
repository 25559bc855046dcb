import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../src/modules/records/evidence.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { chinaNoon, download, gid, PDF, personId, PNG, tokenFor, unitId, upload, useTempDataDir } from '../plan/fixtures.js';

const CreatePlan = graphql(`mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }`);
const CreateItem = graphql(`mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }`);
const Upload = graphql(`
  mutation EvUpload($input: UploadEvidenceInput!) {
    uploadEvidence(input: $input) { attachment { id fileName mimeType size sha256 downloadUrl } }
  }
`);
const ItemAttachments = graphql(`
  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }
`);

let app: TestApp;
let dataDir: string;
let itemId: string;
beforeAll(async () => {
  app = await createTestApp();
  dataDir = await useTempDataDir(app);
  app.setNow(chinaNoon('2031-03-01'));
  const planId = (await app.ok(CreatePlan, { input: { year: 2031 } }, await app.login('secretary'))).createAnnualPlan.plan.id;
  itemId = (await app.ok(CreateItem, {
    input: {
      planId, unitId: gid('OrgUnit', unitId(app, 'forestry.b2')), responsiblePersonId: gid('Person', personId(app, '沈丽萍')),
      title: '林场第二党支部开展意识形态专题党课', dueDate: '2031-05-31',
    },
  }, await app.login('forestry.secretary'))).createWorkItem.workItem.id;
});
afterAll(() => app?.close());

const blobs = async () => {
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    return (await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])))).flat();
  };
  return walk(join(dataDir, 'evidence'));
};

describe('evidence uploads (GraphQL multipart) and downloads', () => {
  it('the responsible person uploads; the file is stored once per content, with name, type, size and SHA-256', async () => {
    const owner = await tokenFor(app, personId(app, '沈丽萍'));
    const bytes = PDF('党课讲稿');
    const r = await upload(app, owner, Upload, { workItemId: itemId }, { name: '2031年专题党课讲稿.pdf', bytes, type: 'application/pdf' });
    expect(r.errors).toBeUndefined();
    const a = r.data!.uploadEvidence.attachment;
    expect(a).toMatchObject({ fileName: '2031年专题党课讲稿.pdf', mimeType: 'application/pdf', size: bytes.byteLength });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await blobs()).toEqual([join(dataDir, 'evidence', 'sha256', a.sha256.slice(0, 2), a.sha256.slice(2, 4), a.sha256)]);
    // The same content again (under another name, by a leader) is a second attachment, one blob.
    const again = await upload(app, await app.login('forestry.secretary'), Upload, { workItemId: itemId }, { name: '讲稿副本.pdf', bytes });
    expect(again.data!.uploadEvidence.attachment.sha256).toBe(a.sha256);
    expect(await blobs()).toHaveLength(1);
    const listed = await app.ok(ItemAttachments, { id: itemId }, owner);
    expect(listed.node).toMatchObject({ attachments: [{ fileName: '2031年专题党课讲稿.pdf' }, { fileName: '讲稿副本.pdf' }] });

    const res = await download(app, a.downloadUrl, owner);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('2031年专题党课讲稿.pdf')}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it('downloads only for viewers who may see the item: others get 404 like an unknown id; no token, 401', async () => {
    const owner = await tokenFor(app, personId(app, '沈丽萍'));
    const { node } = await app.ok(ItemAttachments, { id: itemId }, owner);
    const url = (node as { attachments: { downloadUrl: string }[] }).attachments[0]!.downloadUrl;
    for (const [who, status] of [['secretary', 200], ['member.forestry', 200], ['forestry.secretary', 200], ['branch.organs1', 404], ['other.secretary', 404], ['district.propaganda', 404]] as const) {
      expect((await download(app, url, await app.login(who))).status, who).toBe(status);
    }
    // A member of another forest branch sees only that branch.
    expect((await download(app, url, await tokenFor(app, personId(app, '蒋涛')))).status).toBe(404);
    expect((await download(app, '/files/QXR0YWNobWVudDpub3BlCg', owner)).status).toBe(404);
    expect((await download(app, '/files/not-an-id', owner)).status).toBe(404);
    expect((await download(app, url)).status).toBe(401);
    expect((await download(app, url, 'forged.token.value')).status).toBe(401);
  });

  it('refuses files over the size limit and types off the allow-list, writing nothing', async () => {
    const owner = await tokenFor(app, personId(app, '沈丽萍'));
    const before = { rows: await app.db.prisma.attachment.count(), blobs: (await blobs()).length };
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF('x'));
    const tooBig = await upload(app, owner, Upload, { workItemId: itemId }, { name: '扫描件.pdf', bytes: big });
    expect(codes(tooBig)).toEqual(['FILE_TOO_LARGE']);
    expect(tooBig.errors?.[0]?.extensions?.field).toBe('file');
    const exe = await upload(app, owner, Upload, { workItemId: itemId }, { name: 'setup.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0]) });
    expect(codes(exe)).toEqual(['FILE_TYPE_REFUSED']);
    // Right extension, wrong content: an HTML page named .pdf.
    const disguised = await upload(app, owner, Upload, { workItemId: itemId }, { name: '通知.pdf', bytes: new TextEncoder().encode('<html><script>alert(1)</script></html>'), type: 'application/pdf' });
    expect(codes(disguised)).toEqual(['FILE_TYPE_REFUSED']);
    const noName = await upload(app, owner, Upload, { workItemId: itemId }, { name: 'README', bytes: PDF('y') });
    expect(codes(noName)).toEqual(['FILE_TYPE_REFUSED']);
    // A right-to-left override makes "报告\u202Efdp.exe" display as "报告exe.pdf".
    const spoofed = await upload(app, owner, Upload, { workItemId: itemId }, { name: '报告\u202Eexe.pdf', bytes: PDF('z') });
    expect(codes(spoofed)).toEqual(['INVALID_CHARACTERS']);
    expect(await app.db.prisma.attachment.count()).toBe(before.rows);
    expect((await blobs()).length).toBe(before.blobs);
    // A PNG photo passes.
    const photo = await upload(app, owner, Upload, { workItemId: itemId }, { name: '党课现场.png', bytes: PNG });
    expect(photo.data?.uploadEvidence.attachment).toMatchObject({ mimeType: 'image/png' });
  });

  it('uploads only by the responsible person or those who answer for the unit; out of scope is NOT_FOUND before the file is read', async () => {
    expect(codes(await upload(app, await tokenFor(app, personId(app, '蒋涛')), Upload, { workItemId: itemId }, { name: 'a.pdf', bytes: PDF('a') }))).toEqual(['NOT_FOUND']);
    // 一岗双责: the bureau's dual-duty member over the forest farm answers for its branches (test/duties/actions.test.ts for refusals).
    expect(codes(await upload(app, await app.login('member.forestry'), Upload, { workItemId: itemId }, { name: 'a.pdf', bytes: PDF('a') }))).toEqual([]);
    expect(codes(await upload(app, await app.login('other.secretary'), Upload, { workItemId: itemId }, { name: 'a.exe', bytes: new Uint8Array(10) }))).toEqual(['NOT_FOUND']);
    expect(codes(await upload(app, undefined, Upload, { workItemId: itemId }, { name: 'a.pdf', bytes: PDF('a') }))).toEqual(['UNAUTHENTICATED']);
  });
});
