import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { NotificationDto } from '../api/models';
import { NotificationsService } from '../api/services';
import { notificationLink } from './notification-links';
import { NotificationStream } from './notification-stream';
import { TasksCountService } from '../tasks/tasks-count.service';

/** The bell in the top bar: the unread count, kept live by the server's pushes, and a menu of the latest notifications. */
@Component({
  selector: 'app-notification-bell',
  imports: [MatBadgeModule, MatButtonModule, MatMenuModule, RouterLink, TranslocoPipe, DatePipe],
  template: `
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      (menuOpened)="load()"
      [matBadge]="unread() || null"
      [matBadgeHidden]="!unread()"
      matBadgeColor="warn"
      matBadgeSize="small"
      [attr.aria-label]="'notifications.bell' | transloco: { count: unread() }"
      data-testid="notification-bell"
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path fill="currentColor" d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-6V11a6 6 0 0 0-5-5.9V4a1 1 0 1 0-2 0v1.1A6 6 0 0 0 6 11v5l-2 2v1h16v-1Z" />
      </svg>
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="notification-menu">
      <div class="header" (click)="$event.stopPropagation()">
        <strong>{{ 'notifications.title' | transloco }}</strong>
        <button mat-button type="button" [disabled]="!unread()" (click)="markAllRead()" data-testid="notifications-read-all">
          {{ 'notifications.markAllRead' | transloco }}
        </button>
      </div>
      @for (item of items(); track item.id) {
        <button mat-menu-item type="button" class="item" [class.unread]="!item.readAt" (click)="open(item)" data-testid="notification-item">
          <span class="title">{{ item.title }}</span>
          <span class="meta">{{ 'notifications.kinds.' + item.kind | transloco }} · {{ item.createdAt | date: 'dd.MM.yyyy HH:mm' }}</span>
        </button>
      } @empty {
        <p class="empty">{{ 'notifications.empty' | transloco }}</p>
      }
      <a mat-menu-item routerLink="/notifications/preferences" data-testid="notification-preferences-link">
        {{ 'notifications.preferences' | transloco }}
      </a>
    </mat-menu>
  `,
  styles: `
    :host { position: relative; display: inline-flex; align-items: center; }
    .header { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: 0.25rem 1rem; }
    .item { height: auto; min-height: 48px; line-height: 1.3; padding-top: 0.4rem; padding-bottom: 0.4rem; }
    .item .title { display: block; white-space: normal; }
    .item .meta { display: block; font-size: 0.8em; opacity: 0.7; }
    .item.unread .title { font-weight: 600; }
    .empty { padding: 0.5rem 1rem; opacity: 0.7; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell implements OnInit {
  private readonly client = inject(NotificationsService);
  private readonly stream = inject(NotificationStream);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly tasksCount = inject(TasksCountService);

  protected readonly unread = signal(0);
  protected readonly items = signal<NotificationDto[]>([]);

  ngOnInit(): void {
    void this.refreshCount();
    this.stream.pushed.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((pushed) => {
      this.unread.set(pushed.unreadCount);
      this.items.update((items) => [pushed.item, ...items.filter((i) => i.id !== pushed.item.id)].slice(0, 10));
      // A task set for me or gone overdue changes the count beside "Tasks" too, without waiting for its next poll.
      if (pushed.item.kind.startsWith('task')) this.tasksCount.refresh();
    });
    this.stream.reconnected.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => void this.refreshCount());
    this.stream.start();
    this.destroyRef.onDestroy(() => this.stream.stop());
  }

  protected async load(): Promise<void> {
    const page = await firstValueFrom(this.client.getNotifications({ maxResultCount: 10 }));
    this.items.set(page.items);
  }

  protected async open(item: NotificationDto): Promise<void> {
    if (!item.readAt) {
      const read = await firstValueFrom(this.client.markNotificationRead({ id: item.id }));
      this.items.update((items) => items.map((i) => (i.id === read.id ? read : i)));
      this.unread.update((count) => Math.max(0, count - 1));
    }
    const link = notificationLink(item);
    if (link) await this.router.navigate(link);
  }

  protected async markAllRead(): Promise<void> {
    await firstValueFrom(this.client.markAllNotificationsRead());
    const now = new Date().toISOString();
    this.items.update((items) => items.map((i) => (i.readAt ? i : { ...i, readAt: now })));
    this.unread.set(0);
  }

  private async refreshCount(): Promise<void> {
    const { count } = await firstValueFrom(this.client.getUnreadNotificationCount());
    this.unread.set(Number(count));
  }
}
