import { NotificationDto } from '../api/models';

/**
 * What the hub sends to the user's open browsers: the new notification and their unread count with it.
 * Hand-written because a SignalR hub has no OpenAPI description; the notification itself is the generated shape.
 */
export interface PushedNotification {
  item: NotificationDto;
  unreadCount: number;
}
