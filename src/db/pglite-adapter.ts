import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlQueryable, Transaction as PrismaTransaction } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/**
 * pglite-prisma-adapter 0.7.2 with its transaction commit fixed.
 *
 * Upstream, `commit()` awaits a promise whose rejection has already been swallowed, so an error
 * raised at COMMIT — a deferred constraint such as our responsibility-rule triggers — is lost:
 * PGlite rolls the transaction back while Prisma reports success. That is silent data loss. Here
 * the transaction's own promise is kept, and commit() rethrows its failure. Queries still go
 * through the upstream adapter's queryable (same argument and type mapping).
 */
export function pgliteAdapterFactory(pglite: PGlite) {
  const factory = new PrismaPGlite(pglite);
  const connect = factory.connect.bind(factory);
  factory.connect = async (): Promise<SqlDriverAdapter> => {
    const adapter = await connect();
    const Queryable = adapter.constructor as new (client: PGlite | Transaction) => SqlQueryable;
    adapter.startTransaction = () =>
      new Promise<PrismaTransaction>((resolve, reject) => {
        let opened = false;
        let finish!: () => void;
        const gate = new Promise<void>((r) => (finish = r));
        const finished = pglite.transaction(async (tx) => {
          opened = true;
          const queryable = new Queryable(tx);
          resolve(
            Object.assign(queryable, {
              options: { usePhantomQuery: true },
              async commit() {
                finish();
                await finished;
              },
              async rollback() {
                await tx.rollback();
                finish();
                await finished.catch(() => undefined);
              },
            }) as unknown as PrismaTransaction,
          );
          await gate;
        });
        finished.catch((error: unknown) => {
          if (!opened) reject(error);
        });
      });
    return adapter;
  };
  return factory;
}
