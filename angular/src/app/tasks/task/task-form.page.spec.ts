import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { byTestId, configureTestBed, http, me, settle, type } from '../../../testing/testing-providers';
import { aTask } from '../testing-tasks';
import { TaskFormPage } from './task-form.page';

const ME = me({ fullName: 'Анна Смирнова' });

describe('TaskFormPage', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    configureTestBed([{ path: '**', children: [] }]);
    const refreshed = TestBed.inject(AuthService).refresh();
    http().expectOne('/api/account/me').flush({ ...ME, permissions: ['Tasks.Tasks'] });
    await refreshed;
  });
  afterEach(() => http().verify());

  async function render(id?: string) {
    const fixture = TestBed.createComponent(TaskFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    await settle(fixture);
    return fixture;
  }

  /** What an existing task's card asks for besides the task: its comments and its history. */
  function flushPanels(id: string) {
    http().expectOne(`/api/tasks/${id}/comments`).flush({ totalCount: 0, items: [] });
    http().expectOne(`/api/tasks/${id}/history`).flush({ items: [] });
  }

  it('creates a task for me by default with its due time, priority and checklist, then opens it', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = await render();

    expect((byTestId(fixture, 'task-assignee-input') as HTMLInputElement).value).toBe('Анна Смирнова');
    type(byTestId(fixture, 'task-title-input'), '  Подготовить договор ');
    type(byTestId(fixture, 'task-due-input'), '2026-12-05T14:30');
    type(byTestId(fixture, 'task-checklist-new'), 'Реквизиты');
    byTestId(fixture, 'task-checklist-add')!.click();
    setRecurrence(fixture, 'FREQ=WEEKLY;BYDAY=MO');
    await settle(fixture);
    byTestId(fixture, 'task-save')!.click();
    await settle(fixture);

    const req = http().expectOne('/api/tasks');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      title: 'Подготовить договор',
      description: null,
      priority: 'normal',
      assigneeId: ME.id,
      coworkerIds: [],
      observerIds: [],
      dueAt: new Date(2026, 11, 5, 14, 30).toISOString(),
      entityType: null,
      entityId: null,
      projectId: null,
      checklist: [{ text: 'Реквизиты', done: false }],
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    });
    req.flush(aTask({ id: 't9' }));
    await settle(fixture);
    http().expectOne('/api/tasks/my/counts').flush({ overdue: 0, today: 0, open: 1 });
    expect(navigate).toHaveBeenCalledWith(['/tasks', 't9'], { replaceUrl: true });
  });

  it('does not send a task without a title and says what is missing', async () => {
    const fixture = await render();

    byTestId(fixture, 'task-save')!.click();
    await settle(fixture);

    http().expectNone('/api/tasks');
    expect(byTestId(fixture, 'error-title')?.textContent).toContain('Напишите, что нужно сделать');
  });

  it('shows the server refusal of a field under that field', async () => {
    const fixture = await render();
    type(byTestId(fixture, 'task-title-input'), 'Позвонить');
    setRecurrence(fixture, 'FREQ=DAILY;INTERVAL=999');
    await settle(fixture);
    byTestId(fixture, 'task-save')!.click();
    await settle(fixture);

    http().expectOne('/api/tasks').flush(
      { title: 'Поля заполнены с ошибками.', status: 400, errors: { recurrence: ['Такой повтор не поддерживается.'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(byTestId(fixture, 'error-recurrence')?.textContent).toContain('Такой повтор не поддерживается.');
    expect(byTestId(fixture, 'task-error')).toBeNull();
  });

  it('shows when a task was originally due once it has been postponed', async () => {
    const fixture = await render('t1');
    http().expectOne('/api/tasks/t1').flush(aTask({ dueAt: '2026-12-05T10:00:00', originalDueAt: '2026-12-03T10:00:00' }));
    await settle(fixture);
    flushPanels('t1');
    await settle(fixture);

    expect(byTestId(fixture, 'task-originally-due')?.textContent).toContain('03.12.2026');
  });

  it('explains a save refused because someone else changed the task, and offers to reload it', async () => {
    const fixture = await render('t1');
    http().expectOne('/api/tasks/t1').flush(aTask());
    await settle(fixture);
    flushPanels('t1');
    type(byTestId(fixture, 'task-title-input'), 'Позвонить завтра');
    await settle(fixture);
    byTestId(fixture, 'task-save')!.click();
    await settle(fixture);

    const put = http().expectOne('/api/tasks/t1');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body.concurrencyStamp).toBe('stamp-1');
    put.flush({ status: 409, code: 'Concurrency.Stale', detail: 'Someone else changed this record.' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);

    expect(byTestId(fixture, 'task-error')?.textContent).toContain('Задачу изменил кто-то другой');
    expect(byTestId(fixture, 'task-reload')).toBeTruthy();
  });
});

/** The recurrence editor writes an RRULE into the form's control, as choosing in it would. */
function setRecurrence(fixture: ComponentFixture<unknown>, rule: string): void {
  (fixture.componentInstance as unknown as { form: { controls: { recurrence: { setValue(v: string): void } } } }).form.controls.recurrence.setValue(rule);
}
