import { jwtVerify, SignJWT } from 'jose';

export interface TokenClaims {
  userId: string;
  /** The account's session version when the token was issued (tokens from before versions: 0). */
  sessionVersion: number;
}

/**
 * Signs and verifies the bearer tokens. The token carries only the account id (`sub`) and the
 * account's session version (`sv`); the viewer is loaded from the database on every request and
 * the version compared there, so disabling or resetting an account refuses its tokens at once.
 */
export class TokenService {
  private readonly key: Uint8Array;
  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string, sessionVersion = 0): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ sv: sessionVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuedAt()
      .setIssuer('zeren')
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The account id and session version, or undefined for a malformed, forged or expired token. */
  async verify(token: string): Promise<TokenClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'zeren', algorithms: ['HS256'] });
      const sv = payload.sv ?? 0;
      if (typeof payload.sub !== 'string' || typeof sv !== 'number' || !Number.isSafeInteger(sv)) return undefined;
      return { userId: payload.sub, sessionVersion: sv };
    } catch {
      return undefined;
    }
  }

  /** HMAC over an arbitrary string, for signed links (exports, downloads). */
  get signingKey(): Uint8Array {
    return this.key;
  }
}
