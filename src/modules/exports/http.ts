import { contentDisposition } from '../../lib/http.js';
import type { Plugin } from 'graphql-yoga';
import { loadViewer } from '../../authz/scope.js';
import type { AppServices } from '../../context.js';
import { DomainError, type ErrorCode } from '../../errors.js';
import { ONE_TIME_PASSWORD_LEDGER, openOneTimePasswordSheet } from '../accounts/one-time-sheets.js';
import { openExport } from './service.js';
import { verifyExportLink } from './token.js';

export const EXPORT_PATH = '/exports/';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  EXPORT_LINK_INVALID: 403,
  EXPORT_LINK_EXPIRED: 410,
  ONE_TIME_PASSWORDS_DOWNLOADED: 410,
  EXPORT_LINK_SESSION_ENDED: 401,
  NOT_FOUND: 404,
  LEDGER_UNAVAILABLE: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

/**
 * GET /exports/<signed link>: the download. The link is the credential (a browser download sends no
 * bearer header): its signature and expiry are checked, and the account's session version must
 * still be the one the link was requested in (disabled, reset or changed password: refused), then the account's scope is computed from
 * the database as it is now, the export is checked again, and only then does the file stream.
 * Any refusal is a JSON error with a code and no file.
 */
export function useExportDownloads(services: AppServices): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(EXPORT_PATH)) return;
      const json = (status: number, error: DomainError | { message: string; code: string }) =>
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message: error.message, extensions: error instanceof DomainError ? error.extensions : { code: error.code } }] }),
          { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } },
        );
      if (request.method !== 'GET') {
        endResponse(json(405, { message: 'use GET', code: 'METHOD_NOT_ALLOWED' }));
        return;
      }
      try {
        const token = url.pathname.slice(EXPORT_PATH.length);
        const claims = await verifyExportLink(services.tokens.signingKey, token, services.now());
        // The link lives no longer than the session it was requested in (like a sign-in token).
        const viewer = await loadViewer(services.db.prisma, claims.userId, { sessionVersion: claims.sessionVersion, now: services.now() });
        if (viewer.kind === 'anonymous') throw new DomainError('EXPORT_LINK_SESSION_ENDED');
        // Generating the file is heavy: a slot per account and per bureau (district) while it streams (src/lib/heavy-work.ts).
        const release = await services.heavySlots.take('export', viewer.userId, 'tenantId' in viewer ? viewer.tenantId : 'districtId' in viewer ? viewer.districtId : viewer.userId);
        let download: Awaited<ReturnType<typeof openExport>>;
        try {
          if (claims.ledger === ONE_TIME_PASSWORD_LEDGER) {
            // A one-time password sheet is a stored file, downloaded once by the account that made it. A
            // client that also sends its sign-in token must be that account (another: NOT_FOUND, as a missing sheet).
            const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
            if (bearer && (await services.tokens.verify(bearer))?.userId !== viewer.userId) throw new DomainError('NOT_FOUND', 'one-time password sheet not found');
            download = await openOneTimePasswordSheet(services.db.prisma, viewer, claims, services.tokens.signingKey, services.now());
          } else {
            download = await openExport(services.db.prisma, viewer, claims, services.now());
          }
        } catch (error) {
          await release();
          throw error;
        }
        const iterator = download.body;
        const body = new fetchAPI.ReadableStream<Uint8Array>({
          async pull(controller) {
            try {
              const { value, done } = await iterator.next();
              if (done) {
                await release();
                controller.close();
              } else controller.enqueue(value);
            } catch (error) {
              await release();
              controller.error(error);
            }
          },
          async cancel() {
            await release();
            await iterator.return(undefined);
          },
        });
        endResponse(new fetchAPI.Response(body, {
          status: 200,
          headers: {
            'content-type': download.contentType,
            'content-disposition': contentDisposition(download.filename, download.asciiFilename),
            'cache-control': 'no-store',
            'x-content-type-options': 'nosniff',
          },
        }));
      } catch (error) {
        if (error instanceof DomainError) {
          const response = json(STATUS[error.code] ?? 400, error);
          if (typeof error.extensions.retryAfter === 'number') response.headers.set('retry-after', String(error.extensions.retryAfter));
          endResponse(response);
          return;
        }
        throw error;
      }
    },
  };
}
