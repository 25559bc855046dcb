import type { Tx } from '../../db/transaction.js';
import type { Notification } from '../../generated/prisma/client.js';
import type { NotificationKind } from '../../generated/prisma/enums.js';
import type { PubSub } from '../../pubsub.js';

export interface NotificationDraft {
  tenantId: string;
  recipientPersonIds: readonly string[];
  /** District accounts (区委宣传部's reminders of its 专项督查), besides or instead of people. */
  recipientUserIds?: readonly string[];
  kind: NotificationKind;
  title: string;
  body: string;
  unitId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** The same key for the same recipient is stored once: jobs may run again safely. */
  dedupeKey: string;
}

/** Creates notifications in the caller's transaction; returns only those new (not deduplicated). */
export async function createNotifications(tx: Tx, draft: NotificationDraft): Promise<Notification[]> {
  const recipients = [...new Set(draft.recipientPersonIds)];
  if (!recipients.length) return [];
  return tx.notification.createManyAndReturn({
    data: recipients.map((recipientPersonId) => ({
      tenantId: draft.tenantId,
      recipientPersonId,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      unitId: draft.unitId ?? null,
      entityType: draft.entityType ?? null,
      entityId: draft.entityId ?? null,
      dedupeKey: draft.dedupeKey,
    })),
    skipDuplicates: true,
  });
}

/** Pushes new notifications to subscribers. Call after the transaction that created them commits. */
export function publishNotifications(pubsub: PubSub, notifications: readonly Notification[]): void {
  for (const n of notifications) {
    // District accounts read theirs with viewer.notifications; the push stream is the bureau's (subscription: bureau people).
    if (n.recipientPersonId === null) continue;
    pubsub.publish('notification', { notificationId: n.id, tenantId: n.tenantId, recipientPersonId: n.recipientPersonId });
  }
}
