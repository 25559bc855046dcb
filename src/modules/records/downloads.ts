import { contentDisposition } from '../../lib/http.js';
import type { Plugin } from 'graphql-yoga';
import { loadViewer, type Viewer } from '../../authz/scope.js';
import type { AppServices } from '../../context.js';
import type { PrismaClient } from '../../db/client.js';
import type { Attachment } from '../../generated/prisma/client.js';
import { idOf } from '../../lib/ids.js';
import { addressedRecordIds } from './service.js';
import { blobStoreFor } from './storage.js';

export const DOWNLOAD_PREFIX = '/files/';

/** The path a client GETs, with its bearer token, to download an attachment. */
export const downloadPath = (attachmentGlobalId: string) => `${DOWNLOAD_PREFIX}${encodeURIComponent(attachmentGlobalId)}`;

/**
 * The attachment if the viewer may download it: a bureau person those of units they see; a
 * district role those of work records addressed to it in its district's bureaus; else undefined.
 */
export async function downloadableAttachment(prisma: PrismaClient, viewer: Viewer, id: string): Promise<Attachment | undefined> {
  if (viewer.kind === 'person') return (await prisma.attachment.findFirst({ where: { id, ...viewer.scope.viaUnit() } })) ?? undefined;
  if (viewer.kind !== 'district') return undefined;
  const attachment = await prisma.attachment.findUnique({ where: { id } });
  if (!attachment?.workRecordId) return undefined;
  const { ids } = await addressedRecordIds(prisma, viewer.districtId, viewer.role, { recordId: attachment.workRecordId, limit: 1 });
  return ids.length ? attachment : undefined;
}

function problem(status: number, code: string, message: string) {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * GET /files/:attachmentId — the evidence download. Authorised like the API: the bearer token
 * names the account, the viewer's scope is computed from the database, and the attachment is
 * looked up through the scope filter, so an id out of scope answers 404 exactly like an unknown
 * one. (Bearer rather than signed URLs: no capability leaks through logs, history or Referer,
 * and losing a duty revokes access at once.)
 */
export function useEvidenceDownloads(services: AppServices): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(DOWNLOAD_PREFIX)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(problem(405, 'BAD_USER_INPUT', 'use GET'));
        return;
      }
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
      const claims = match?.[1] ? await services.tokens.verify(match[1]) : undefined;
      const viewer = claims ? await loadViewer(services.db.prisma, claims.userId, { sessionVersion: claims.sessionVersion, now: services.now() }) : undefined;
      if (!viewer || viewer.kind === 'anonymous' || viewer.kind === 'passwordChange') {
        endResponse(problem(401, 'UNAUTHENTICATED', 'sign in first'));
        return;
      }
      let id: string;
      try {
        id = idOf(decodeURIComponent(url.pathname.slice(DOWNLOAD_PREFIX.length)), 'Attachment', 'attachmentId');
      } catch {
        endResponse(problem(404, 'NOT_FOUND', 'attachment not found'));
        return;
      }
      const attachment = await downloadableAttachment(services.db.prisma, viewer, id);
      const bytes = attachment ? await blobStoreFor(services.config).get(attachment.storageKey) : undefined;
      if (!attachment || !bytes) {
        endResponse(problem(404, 'NOT_FOUND', 'attachment not found'));
        return;
      }
      endResponse(
        new Response(request.method === 'HEAD' ? null : bytes, {
          status: 200,
          headers: {
            'content-type': attachment.mimeType,
            'content-length': String(bytes.byteLength),
            'content-disposition': contentDisposition(attachment.fileName),
            etag: `"${attachment.sha256}"`,
            'cache-control': 'private, no-store',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
