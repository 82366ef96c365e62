import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';
import { Page } from '../shared/list/paged-list';
import { NotificationItem, NotificationPreference } from './notification-models';

/** The signed-in user's own notifications; same-origin like the generated client. */
@Injectable({ providedIn: 'root' })
export class NotificationsClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/notifications';

  list(maxResultCount = 10): Observable<Page<NotificationItem>> {
    return this.http.get<Page<NotificationItem>>(this.root, { params: { maxResultCount } });
  }

  unreadCount(): Observable<{ count: number }> {
    return this.http.get<{ count: number }>(`${this.root}/unread-count`);
  }

  markRead(id: string): Observable<NotificationItem> {
    return this.http.post<NotificationItem>(`${this.root}/${id}/read`, null);
  }

  markAllRead(): Observable<{ count: number }> {
    return this.http.post<{ count: number }>(`${this.root}/read-all`, null);
  }

  preferences(): Observable<{ items: NotificationPreference[] }> {
    return this.http.get<{ items: NotificationPreference[] }>(`${this.root}/preferences`);
  }

  savePreferences(items: NotificationPreference[]): Observable<{ items: NotificationPreference[] }> {
    return this.http.put<{ items: NotificationPreference[] }>(`${this.root}/preferences`, { items });
  }
}
