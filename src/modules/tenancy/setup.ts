import { parseArgs } from 'node:util';
import type { PrismaClient } from '../../db/client.js';
import { DomainError } from '../../errors.js';
import { setupDistrict } from './service.js';

export const SETUP_USAGE = 'usage: npm run setup -- --district <name, e.g. 盐城市大丰区> --admin <username> [--code <district code, e.g. 320904>]';

/**
 * `npm run setup`: creates the district and its administrator on a migrated database and prints
 * the administrator's one-time password. Returns the process exit code: 0 done, 1 refused (the
 * district exists, a bad username …), 2 bad arguments. Nothing is written unless it succeeds.
 */
export async function runSetup(prisma: PrismaClient, argv: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  let values: { district?: string; admin?: string; code?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { district: { type: 'string' }, admin: { type: 'string' }, code: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    print(`${(error as Error).message}\n${SETUP_USAGE}`);
    return 2;
  }
  if (!values.district || !values.admin) {
    print(SETUP_USAGE);
    return 2;
  }
  try {
    const { district, administrator, temporaryPassword } = await setupDistrict(prisma, { name: values.district, code: values.code ?? null, adminUsername: values.admin });
    print(`已建立 ${district.name} (district created, code ${district.code}).`);
    print(`区管理员 (district administrator): ${administrator.username}`);
    print(`一次性密码 (one-time password, shown once — change it at first sign-in): ${temporaryPassword}`);
    print('Next: sign in with `login`, call `changePassword`, then `createBureau` for each bureau (README: Setting up a district).');
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      print(`拒绝 (refused): ${error.message} [${error.code}]`);
      return 1;
    }
    throw error;
  }
}
