import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of, Subject } from 'rxjs';
import { CompleteDialog } from '../dialogs/complete-dialog';
import { AuthService } from '../../core/auth/auth.service';
import { allByTestId, byTestId, configureTestBed, http, me, settle } from '../../../testing/testing-providers';
import { aTask } from '../testing-tasks';
import { MyTasks } from '../tasks-models';
import { groupsToShow } from './my-tasks';
import { MyTasksPage } from './my-tasks.page';

const ME = me().id;

const answer: MyTasks = {
  // The server's order is not the reading order; empty groups come too.
  groups: [
    { key: 'later', count: 0, items: [] },
    {
      key: 'today',
      count: 2,
      items: [
        aTask({ id: 't2', title: 'Замер: Окна на Ленина', dueAt: '2026-12-03T15:30:00', entityType: 'deal', entityId: 'd7', entityTitle: 'Окна на Ленина', priority: 'high' }),
        aTask({ id: 't3', title: 'Отправить КП', dueAt: '2026-12-03T17:00:00', assigneeId: 'u2', assigneeName: 'Ольга Петрова' }),
      ],
    },
    { key: 'overdue', count: 1, items: [aTask({ id: 't1', title: 'Перезвонить', dueAt: '2026-12-01T10:00:00', isOverdue: true })] },
    { key: 'noDate', count: 1, items: [aTask({ id: 't4', title: 'Разобрать почту' })] },
  ],
};

describe('My tasks grouping', () => {
  it('reads overdue, today, tomorrow, this week, later, no date, leaving out the empty groups', () => {
    expect(groupsToShow(answer).map((g) => g.key)).toEqual(['overdue', 'today', 'noDate']);
    expect(groupsToShow(null)).toEqual([]);
  });
});

describe('MyTasksPage', () => {
  beforeEach(async () => {
    configureTestBed([{ path: '**', children: [] }]);
    const refreshed = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush(me({ permissions: ['Tasks.Tasks'] }));
    await refreshed;
  });
  afterEach(() => {
    http().verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => c.remove());
  });

  async function render(my: MyTasks = answer) {
    const fixture = TestBed.createComponent(MyTasksPage);
    await fixture.whenStable();
    http().expectOne('/api/tasks/my').flush(my);
    await settle(fixture);
    http().expectOne('/api/tasks/my/counts').flush({ overdue: 1, today: 2, open: 4 });
    await settle(fixture);
    return fixture;
  }

  it('shows each group with its count, overdue first', async () => {
    const fixture = await render();

    const sections = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('section.group')).map((s) => s.getAttribute('data-testid'));
    expect(sections).toEqual(['my-tasks-group-overdue', 'my-tasks-group-today', 'my-tasks-group-noDate']);
    expect(byTestId(fixture, 'my-tasks-group-today-count')?.textContent?.trim()).toBe('2');
    expect(byTestId(fixture, 'my-tasks-group-today')?.textContent).toContain('Сегодня');
    expect(byTestId(fixture, 'my-tasks-group-later')).toBeNull();
  });

  it('shows a row by its title, card name, time, priority, and the assignee only when it is someone else', async () => {
    const fixture = await render();

    const today = byTestId(fixture, 'my-tasks-group-today')!;
    const rows = Array.from(today.querySelectorAll<HTMLElement>('[data-testid="task-row"]'));
    expect(rows).toHaveLength(2);
    const first = rows[0];
    expect(first.querySelector('[data-testid="task-title"]')?.textContent?.trim()).toBe('Замер: Окна на Ленина');
    const card = first.querySelector('[data-testid="task-card-link"]') as HTMLAnchorElement;
    expect(card.textContent?.trim()).toBe('Окна на Ленина');
    expect(card.getAttribute('href')).toBe('/crm/deals/d7');
    expect(first.querySelector('[data-testid="task-due"]')?.textContent?.trim()).toBe('15:30');
    expect(first.querySelector('[data-testid="task-priority"]')?.getAttribute('data-priority')).toBe('high');
    expect(first.querySelector('[data-testid="task-assignee"]')).toBeNull();
    expect(rows[1].querySelector('[data-testid="task-assignee"]')?.textContent?.trim()).toBe('Ольга Петрова');
    expect(ME).toBe(answer.groups[1].items[0].assigneeId);
  });

  it('unticks the box when the user closes the dialog without completing', async () => {
    const fixture = await render();
    const closed = new Subject<undefined>();
    vi.spyOn(TestBed.inject(MatDialog), 'open').mockReturnValue({ afterClosed: () => closed } as never);

    const box = byTestId(fixture, 'my-tasks-group-overdue')!.querySelector('[data-testid="task-complete"] input') as HTMLInputElement;
    box.click();
    await settle(fixture);
    closed.next(undefined);
    closed.complete();
    await settle(fixture);

    expect(box.checked).toBe(false);
  });

  it('says so when there is nothing to do', async () => {
    const fixture = await render({ groups: [] });

    expect(byTestId(fixture, 'my-tasks-empty')).toBeTruthy();
    expect(allByTestId(fixture, 'task-row')).toHaveLength(0);
  });

  it('completes a ticked task with the result typed in the dialog, then shows the list again', async () => {
    const fixture = await render();

    const open = vi.spyOn(TestBed.inject(MatDialog), 'open').mockReturnValue({ afterClosed: () => of({ result: 'Клиент согласен' }) } as never);

    const overdue = byTestId(fixture, 'my-tasks-group-overdue')!;
    (overdue.querySelector('[data-testid="task-complete"] input') as HTMLInputElement).click();
    await settle(fixture);

    expect(open).toHaveBeenCalledWith(CompleteDialog, { data: 'Перезвонить' });

    const done = http().expectOne('/api/tasks/t1/complete');
    expect(done.request.method).toBe('POST');
    expect(done.request.body).toEqual({ result: 'Клиент согласен' });
    done.flush(aTask({ id: 't1', status: 'done' }));
    await settle(fixture);
    http().expectOne('/api/tasks/my/counts').flush({ overdue: 0, today: 2, open: 3 });
    await settle(fixture);
    http().expectOne('/api/tasks/my').flush({ groups: answer.groups.filter((g) => g.key !== 'overdue') });
    await settle(fixture);
    http().expectOne('/api/tasks/my/counts').flush({ overdue: 0, today: 2, open: 3 });
    await settle(fixture);

    expect(byTestId(fixture, 'my-tasks-group-overdue')).toBeNull();
  });
});
