import DataLoader from 'dataloader';
import type { Context } from '../context.js';

/**
 * A DataLoader that lives as long as the request's loaders (`ctx.loaders.named`: the one per-request
 * cache, renewed by refreshViewer for a subscription's events), created on first use. Modules use it
 * for fields that are not Prisma relations, so a list of N rows still costs one statement.
 */
export function requestLoader<K, V>(ctx: Pick<Context, 'loaders'>, name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>, options?: DataLoader.Options<K, V, string>): DataLoader<K, V, string> {
  const loaders = ctx.loaders.named;
  // One name, one loader: the name fixes K and V (each caller names its own), so this cast is sound.
  let loader = loaders.get(name) as DataLoader<K, V, string> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, string>(batch, options);
    loaders.set(name, loader);
  }
  return loader;
}
