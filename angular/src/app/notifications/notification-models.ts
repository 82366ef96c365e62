/** The shapes of /api/notifications (hand-written until the API client is regenerated). */
export type NotificationKind = 'taskAssigned' | 'taskOverdue' | 'taskCompleted' | 'leadReceived' | 'mention' | 'dealWithoutNextStep';

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string | null;
  entityType: string | null;
  entityId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** What the hub sends to the user's open browsers: the new notification and their unread count with it. */
export interface PushedNotification {
  item: NotificationItem;
  unreadCount: number;
}

export interface NotificationPreference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}
