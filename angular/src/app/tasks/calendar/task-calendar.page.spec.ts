import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../core/auth/auth.service';
import { allByTestId, byTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { dayKey } from '../task-time';
import { aTask } from '../testing-tasks';
import { TaskDto } from '../tasks-models';
import { addDays, daysOf, mondayOf } from './calendar-days';
import { TaskCalendarPage } from './task-calendar.page';

describe('calendar days', () => {
  it('lays a week from Monday to Sunday and a month in whole weeks', () => {
    const week = daysOf('week', new Date(2026, 11, 3));
    expect(week.map((d) => d.key)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    const month = daysOf('month', new Date(2026, 11, 15));
    expect(month[0].key).toBe('2026-11-30');
    expect(month[month.length - 1].key).toBe('2027-01-03');
    expect(month.length % 7).toBe(0);
    expect(month.filter((d) => d.inPeriod)).toHaveLength(31);
  });
});

describe('TaskCalendarPage', () => {
  beforeEach(async () => {
    configureTestBed([{ path: '**', children: [] }]);
    const refreshed = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ permissions: ['Tasks.Tasks'] }));
    await refreshed;
  });
  afterEach(() => http().verify());

  const monday = mondayOf(new Date());
  const wednesday = addDays(monday, 2);
  const dueMonday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate(), 15, 0).toISOString();

  async function render(tasks: TaskDto[]) {
    const fixture = TestBed.createComponent(TaskCalendarPage);
    await settle(fixture);
    const req = http().expectOne((r) => r.url === '/api/tasks');
    expect(req.request.params.get('assigneeId')).toBe('me');
    expect(req.request.params.get('dueFrom')).toBe(monday.toISOString());
    expect(req.request.params.get('dueTo')).toBe(addDays(monday, 7).toISOString());
    req.flush({ totalCount: tasks.length, items: tasks });
    await settle(fixture);
    return fixture;
  }

  it('puts each task on its due day and highlights today', async () => {
    const fixture = await render([aTask({ id: 't1', title: 'Замер', dueAt: dueMonday })]);

    const cell = byTestId(fixture, 'calendar-day-' + dayKey(monday))!;
    expect(cell.querySelector('[data-testid="calendar-task"]')?.textContent).toContain('15:00 Замер');
    expect(allByTestId(fixture, 'calendar-task')).toHaveLength(1);
    expect(byTestId(fixture, 'calendar-day-' + dayKey(new Date()))?.getAttribute('data-today')).toBe('true');
  });

  it('postpones a task dragged to another day to that day at the same time, and shows it there', async () => {
    const task = aTask({ id: 't1', title: 'Замер', dueAt: dueMonday });
    const fixture = await render([task]);

    const page = fixture.componentInstance;
    const moved = page.drop({ item: { data: task }, container: { data: dayKey(wednesday) }, previousContainer: { data: dayKey(monday) } } as never);
    await settle(fixture);

    const expected = new Date(wednesday.getFullYear(), wednesday.getMonth(), wednesday.getDate(), 15, 0).toISOString();
    const req = http().expectOne('/api/tasks/t1/postpone');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ dueAt: expected });
    expect(byTestId(fixture, 'calendar-day-' + dayKey(wednesday))?.textContent).toContain('Замер');
    req.flush({ ...task, dueAt: expected, originalDueAt: dueMonday });
    await moved;
    await settle(fixture);

    expect(byTestId(fixture, 'calendar-day-' + dayKey(monday))?.textContent).not.toContain('Замер');
    expect(byTestId(fixture, 'calendar-day-' + dayKey(wednesday))?.textContent).toContain('Замер');
  });

  it('puts the task back on its day when the server refuses the move', async () => {
    const task = aTask({ id: 't1', title: 'Замер', dueAt: dueMonday });
    const fixture = await render([task]);

    const moved = fixture.componentInstance.drop({ item: { data: task }, container: { data: dayKey(wednesday) }, previousContainer: { data: dayKey(monday) } } as never);
    await settle(fixture);
    http().expectOne('/api/tasks/t1/postpone').flush({ status: 409, detail: 'Задача уже выполнена.' }, { status: 409, statusText: 'Conflict' });
    await moved;
    await settle(fixture);

    expect(byTestId(fixture, 'calendar-day-' + dayKey(monday))?.textContent).toContain('Замер');
  });

  it('does not call the server for a drop on the same day', async () => {
    const task = aTask({ id: 't1', dueAt: dueMonday });
    const fixture = await render([task]);

    await fixture.componentInstance.drop({ item: { data: task }, container: { data: dayKey(monday) }, previousContainer: { data: dayKey(monday) } } as never);

    http().expectNone('/api/tasks/t1/postpone');
  });
});
