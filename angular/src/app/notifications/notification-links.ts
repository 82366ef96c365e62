import { cardLink } from '../docs/docs-cards';
import { DocsEntityType } from '../docs/docs-models';
import { NotificationDto } from '../api/models';

/** Where a notification takes the user: the task, or the card it is about. */
export function notificationLink(item: Pick<NotificationDto, 'entityType' | 'entityId'>): string[] | null {
  if (!item.entityType || !item.entityId) return null;
  if (item.entityType === 'task') return ['/tasks', item.entityId];
  const link = cardLink(item.entityType as DocsEntityType, item.entityId);
  return link?.[0] ? link : null; // a kind of card the app has no page for
}
