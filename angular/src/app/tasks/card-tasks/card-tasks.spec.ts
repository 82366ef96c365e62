import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../core/auth/auth.service';
import { allByTestId, byTestId, configureTestBed, http, me, settle, type } from '../../../testing/testing-providers';
import { TaskDto } from '../../api/models';
import { CardTasksComponent, nextDay, openTasks } from './card-tasks';

const task = (id: string, title: string, overrides: Partial<TaskDto> = {}): TaskDto => ({
  id,
  title,
  status: 'open',
  priority: 'normal',
  assigneeId: 'u2',
  assigneeName: 'Борис Петров',
  dueAt: '2026-12-04T15:00:00Z',
  isOverdue: false,
  entityType: 'deal',
  entityId: 'd1',
  entityTitle: null,
  completedAt: null,
  checklist: [],
  concurrencyStamp: 's1',
  coworkers: [],
  observers: [],
  createdAt: '2026-12-01T09:00:00Z',
  createdBy: null,
  createdByName: null,
  description: null,
  originalDueAt: null,
  projectId: null,
  projectName: null,
  recurrence: null,
  result: null,
  ruleId: null,
  ...overrides,
});

const isList = (r: { method: string; url: string; params: { get(name: string): string | null } }) =>
  r.method === 'GET' && r.url === '/api/tasks' && r.params.get('entityType') === 'deal' && r.params.get('entityId') === 'd1';

describe('CardTasksComponent', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    configureTestBed();
    const auth = TestBed.inject(AuthService);
    const refreshed = auth.refresh();
    http().expectOne('/api/account/me').flush(me({ id: 'u1', fullName: 'Анна Иванова', permissions: ['Tasks.Tasks'] }));
    await refreshed;
  });
  afterEach(() => http().verify());

  async function render(existing: TaskDto[]) {
    const fixture = TestBed.createComponent(CardTasksComponent);
    fixture.componentRef.setInput('entityType', 'deal');
    fixture.componentRef.setInput('entityId', 'd1');
    await settle(fixture);
    http().expectOne(isList).flush({ totalCount: existing.length, items: existing });
    await settle(fixture);
    return fixture;
  }

  it("lists the card's open tasks due first first, with the assignee and the due time, overdue in red", async () => {
    const fixture = await render([
      task('t2', 'Отправить КП', { dueAt: '2026-12-05T10:00:00Z' }),
      task('t1', 'Позвонить', { dueAt: '2026-12-01T10:00:00Z', isOverdue: true }),
      task('t3', 'Сделано', { status: 'done' }),
    ]);
    const items = allByTestId(fixture, 'card-tasks-item');
    expect(items.map((i) => i.querySelector('.title')?.textContent)).toEqual(['Позвонить', 'Отправить КП']);
    expect(items[0].textContent).toContain('Борис Петров');
    expect(items[0].querySelector('time')?.classList).toContain('overdue');
    expect(items[1].querySelector('time')?.classList).not.toContain('overdue');
  });

  it('completes a task with its checkbox and reloads the list', async () => {
    const fixture = await render([task('t1', 'Позвонить')]);
    (byTestId(fixture, 'card-tasks-complete')!.querySelector('input') as HTMLInputElement).click();
    await settle(fixture);
    const complete = http().expectOne('/api/tasks/t1/complete');
    expect(complete.request.method).toBe('POST');
    complete.flush(task('t1', 'Позвонить', { status: 'done' }));
    await settle(fixture);
    http().expectOne(isList).flush({ totalCount: 0, items: [] });
    await settle(fixture);
    expect(allByTestId(fixture, 'card-tasks-item')).toEqual([]);
    expect(byTestId(fixture, 'card-tasks-empty')).not.toBeNull();
  });

  it('sets a new task on the card for the user by default, due tomorrow with one click', async () => {
    const fixture = await render([]);
    byTestId(fixture, 'card-tasks-add')!.click();
    await settle(fixture);
    type(byTestId(fixture, 'card-tasks-title'), 'Замер');
    byTestId(fixture, 'card-tasks-tomorrow')!.click();
    await settle(fixture);
    http().expectOne('/api/settings/company').flush({ timeZone: 'Europe/Moscow', concurrencyStamp: 's' });
    await settle(fixture);
    const due = (byTestId(fixture, 'card-tasks-due') as HTMLInputElement).value;
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}T18:00$/);

    byTestId(fixture, 'card-tasks-save')!.click();
    await settle(fixture);
    const created = http().expectOne((r) => r.method === 'POST' && r.url === '/api/tasks');
    expect(created.request.body).toEqual({
      title: 'Замер', assigneeId: 'u1', dueAt: new Date(due).toISOString(), entityType: 'deal', entityId: 'd1',
    });
    created.flush(task('t9', 'Замер', { assigneeId: 'u1', assigneeName: 'Анна Иванова' }));
    await settle(fixture);
    http().expectOne(isList).flush({ totalCount: 1, items: [task('t9', 'Замер', { assigneeName: 'Анна Иванова' })] });
    await settle(fixture);
    expect(byTestId(fixture, 'card-tasks-form')).toBeNull();
    expect(allByTestId(fixture, 'card-tasks-item')[0].textContent).toContain('Анна Иванова');
  });

  it('knows the next day across a month and a year end, and leaves done tasks out', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(openTasks([task('a', 'A', { status: 'cancelled' }), task('b', 'B', { status: 'inProgress', dueAt: null })]).map((t) => t.id)).toEqual(['b']);
  });
});
