import { createHmac, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { DomainError } from '../../errors.js';
import { EXPORT_FORMATS, type ExportFormatCode } from './ledger.js';

/** How long a download link works. Long enough to click, short enough that a leaked link dies soon. */
export const EXPORT_LINK_TTL_SECONDS = 10 * 60;

const AUDIENCE = 'zeren:export';

/** What a download link carries: the export's parameters and who asked; never a scope. */
export interface ExportClaims {
  exportId: string;
  userId: string;
  /**
   * The account's session version when the link was requested (the sign-in token's): disabling
   * the account, resetting or changing its password raises it, and the link dies with the session.
   */
  sessionVersion: number;
  ledger: string;
  format: ExportFormatCode;
  year?: number;
  unitId?: string;
  status?: string;
  expiresAt: Date;
}

/**
 * A key of its own for links, derived from the server secret: a sign-in token is not a download
 * link, and a download link is not a sign-in token.
 */
const linkKey = (secret: Uint8Array) => new Uint8Array(createHmac('sha256', secret).update('zeren export links v1').digest());

export async function signExportLink(
  secret: Uint8Array, claims: Omit<ExportClaims, 'exportId' | 'expiresAt'> & { exportId?: string }, now: Date, ttlSeconds = EXPORT_LINK_TTL_SECONDS,
): Promise<{ token: string; exportId: string; expiresAt: Date }> {
  // A download of a stored file (a one-time password sheet) names that file; an export gets a fresh id.
  const exportId = claims.exportId ?? randomUUID();
  const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + ttlSeconds * 1000);
  const token = await new SignJWT({
    l: claims.ledger, f: claims.format, v: claims.sessionVersion,
    ...(claims.year != null ? { y: claims.year } : {}),
    ...(claims.unitId ? { u: claims.unitId } : {}),
    ...(claims.status ? { s: claims.status } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setJti(exportId)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(linkKey(secret));
  return { token, exportId, expiresAt };
}

/** The link's claims; EXPORT_LINK_EXPIRED after its lifetime, EXPORT_LINK_INVALID for anything forged or malformed. */
export async function verifyExportLink(secret: Uint8Array, token: string, now: Date): Promise<ExportClaims> {
  try {
    const { payload } = await jwtVerify(token, linkKey(secret), { audience: AUDIENCE, algorithms: ['HS256'], currentDate: now });
    const { sub, jti, exp, l, f, v, y, u, s } = payload as Record<string, unknown>;
    if (typeof sub !== 'string' || typeof jti !== 'string' || typeof exp !== 'number' || typeof l !== 'string' || !Number.isInteger(v)
      || !EXPORT_FORMATS.includes(f as ExportFormatCode)) {
      throw new DomainError('EXPORT_LINK_INVALID');
    }
    return {
      exportId: jti, userId: sub, sessionVersion: v as number, ledger: l, format: f as ExportFormatCode, expiresAt: new Date(exp * 1000),
      ...(typeof y === 'number' ? { year: y } : {}),
      ...(typeof u === 'string' ? { unitId: u } : {}),
      ...(typeof s === 'string' ? { status: s } : {}),
    };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (error instanceof errors.JWTExpired) throw new DomainError('EXPORT_LINK_EXPIRED');
    throw new DomainError('EXPORT_LINK_INVALID');
  }
}
