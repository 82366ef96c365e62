import { TestBed } from '@angular/core/testing';
import { byTestId, configureTestBed, http, settle } from '../../testing/testing-providers';
import { TestNotificationStream } from '../../testing/test-notification-stream';
import { NotificationDto } from '../api/models';
import { NotificationBell } from './notification-bell';
import { NotificationStream } from './notification-stream';

const item = (overrides: Partial<NotificationDto> = {}): NotificationDto => ({
  id: '0193a5b0-0000-7000-8000-000000000001',
  kind: 'taskAssigned',
  title: 'Новая задача: Замер',
  body: null,
  entityType: 'task',
  entityId: '0193a5b0-0000-7000-8000-0000000000aa',
  createdAt: '2026-12-03T09:00:00Z',
  readAt: null,
  ...overrides,
});

describe('NotificationBell', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  async function render(unread: number) {
    const fixture = TestBed.createComponent(NotificationBell);
    await settle();
    http().expectOne('/api/notifications/unread-count').flush({ count: unread });
    await settle(fixture);
    return fixture;
  }

  const badge = (fixture: { nativeElement: HTMLElement }) =>
    fixture.nativeElement.querySelector('.mat-badge-content')?.textContent?.trim() ?? '';
  const stream = () => TestBed.inject(NotificationStream) as TestNotificationStream;

  it('should show the unread count and listen for pushes', async () => {
    const fixture = await render(2);

    expect(badge(fixture)).toBe('2');
    expect(stream().started).toBe(true);
  });

  it('should raise the count when the server pushes a notification, without asking again', async () => {
    const fixture = await render(2);

    stream().push({ item: item(), unreadCount: 3 });
    await settle(fixture);

    expect(badge(fixture)).toBe('3');
    // A task notification also renews the count beside "Tasks" in the navigation.
    http().expectOne('/api/tasks/my/counts').flush({ overdue: 0, today: 1, open: 1 });
  });

  it('should leave the tasks count alone when the notification is not about a task', async () => {
    const fixture = await render(0);

    stream().push({ item: item({ kind: 'leadReceived', entityType: 'lead' }), unreadCount: 1 });
    await settle(fixture);

    expect(badge(fixture)).toBe('1');
    http().expectNone('/api/tasks/my/counts');
  });

  it('should list the latest notifications and mark one read when it is opened', async () => {
    const fixture = await render(1);
    byTestId(fixture, 'notification-bell')!.click();
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/notifications').flush({ totalCount: 1, items: [item()] });
    await settle(fixture);

    const entry = document.querySelector<HTMLElement>('[data-testid="notification-item"]')!;
    expect(entry.textContent).toContain('Новая задача: Замер');
    entry.click();
    await settle(fixture);
    const read = http().expectOne(`/api/notifications/${item().id}/read`);
    expect(read.request.method).toBe('POST');
    read.flush(item({ readAt: '2026-12-03T09:05:00Z' }));
    await settle(fixture);

    expect(badge(fixture)).toBe('');
  });
});
