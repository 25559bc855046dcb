import { hash, verify } from '@node-rs/argon2';
import type { TokenService } from '../../authz/tokens.js';
import type { PrismaClient } from '../../db/client.js';
import { DomainError } from '../../errors.js';

// A fixed hash to verify against when the username is unknown, so that a wrong username and a
// wrong password take the same time and give the same answer.
let decoyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function login(prisma: PrismaClient, tokens: TokenService, username: string, password: string) {
  if (username.length > 100 || password.length > 200) throw new DomainError('INVALID_CREDENTIALS');
  const account = await prisma.userAccount.findUnique({ where: { username } });
  decoyHash ??= hashPassword('decoy-password');
  const ok = await verify(account?.passwordHash ?? (await decoyHash), password).catch(() => false);
  if (!account || !ok || account.disabledAt) throw new DomainError('INVALID_CREDENTIALS');
  const issued = await tokens.issue(account.id, account.sessionVersion);
  return { ...issued, mustChangePassword: account.mustChangePassword };
}
