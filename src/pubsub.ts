import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';

/**
 * Events pushed to subscriptions. Topics are broad (one per kind of event); every subscription
 * filters each event through the subscriber's own scope before it is delivered.
 */
export type PubSubEvents = {
  notification: [{ notificationId: string; tenantId: string; recipientPersonId: string }];
  riskWarning: [{ riskId: string; tenantId: string; recipientPersonIds: string[]; kind?: 'RISK_WARNED' | 'RISK_CRITICAL_REPORTED' }];
  /** An account's sessions ended (disabled, password reset or changed): its open subscriptions end. */
  sessionRevoked: [{ userId: string }];
};

export type PubSub = ReturnType<typeof createPubSub<PubSubEvents>> & { close(): Promise<void> };

/**
 * In-process by default; with REDIS_URL, through Redis so that every instance delivers every event.
 * `channelPrefix` namespaces the Redis channels (several deployments, or test runs, on one Redis).
 */
export function createEventBus(redisUrl?: string, options: { channelPrefix?: string } = {}): PubSub {
  if (!redisUrl) return Object.assign(createPubSub<PubSubEvents>(), { close: async () => {} });
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const redisTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  const prefix = options.channelPrefix ?? '';
  const eventTarget: typeof redisTarget = !prefix ? redisTarget : {
    addEventListener: (topic, listener) => redisTarget.addEventListener(prefix + topic, listener),
    removeEventListener: (topic, listener) => redisTarget.removeEventListener(prefix + topic, listener),
    dispatchEvent: (event) => redisTarget.dispatchEvent(new CustomEvent(prefix + event.type, { detail: event.detail })),
  };
  return Object.assign(createPubSub<PubSubEvents>({ eventTarget }), {
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  });
}
