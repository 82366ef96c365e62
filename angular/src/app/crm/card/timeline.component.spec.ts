import { TestBed } from '@angular/core/testing';
import { FormGroup, FormGroupDirective } from '@angular/forms';
import { allByTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { TimelineComponent } from './timeline.component';

describe('TimelineComponent', { timeout: 20_000 }, () => {
  beforeEach(() => configureTestBed());
  afterEach(() => http().verify());

  it('highlights the @names of a comment and shows a task set on the card', async () => {
    const fixture = TestBed.createComponent(TimelineComponent);
    fixture.componentRef.setInput('entityType', 'deal');
    fixture.componentRef.setInput('entityId', 'd1');
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/crm/owners').flush({ totalCount: 0, items: [] });
    http().expectOne((r) => r.url === '/api/crm/timeline').flush({
      totalCount: 2,
      items: [
        {
          id: '2', occurredAt: '2026-12-03T10:00:00Z', kind: 'comment', entityType: 'deal', entityId: 'd1', title: 'Комментарий',
          subject: null, details: { text: 'Посмотри, @boris, копия ivan@example.com' }, userId: null,
        },
        {
          id: '1', occurredAt: '2026-12-03T09:00:00Z', kind: 'taskCreated', entityType: 'deal', entityId: 'd1',
          title: 'Задача «Замер» поставлена, исполнитель — Борис', subject: 'Замер',
          details: { taskId: 't', title: 'Замер', dueAt: '2026-12-04T07:00:00Z' }, userId: null,
        },
      ],
    });
    await settle(fixture);

    expect(allByTestId(fixture, 'timeline-mention').map((m) => m.textContent)).toEqual(['@boris']);
    const [comment, task] = allByTestId(fixture, 'timeline-item');
    expect(comment.textContent).toContain('копия ivan@example.com');
    expect(task.querySelector('.icon')?.textContent).toBe('☐');
    expect(task.textContent).toContain('Срок:');
  });

  it('logs an e-mail on the card and shows it with the client\'s address', async () => {
    const fixture = TestBed.createComponent(TimelineComponent);
    fixture.componentRef.setInput('entityType', 'lead');
    fixture.componentRef.setInput('entityId', 'l1');
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/crm/owners').flush({ totalCount: 0, items: [] });
    http().expectOne((r) => r.url === '/api/crm/timeline').flush({ totalCount: 0, items: [] });
    await settle(fixture);

    const page = fixture.componentInstance as unknown as { email: FormGroup; addEmail(form: FormGroupDirective): Promise<void> };
    page.email.setValue({ direction: 'incoming', subject: '  Вопрос по окнам ', address: 'client@example.com', note: '' });
    let reset = false;
    const saved = page.addEmail({ resetForm: () => (reset = true) } as unknown as FormGroupDirective);
    const post = http().expectOne('/api/crm/timeline/emails');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      entityType: 'lead', entityId: 'l1', direction: 'incoming', subject: 'Вопрос по окнам', address: 'client@example.com', note: null,
    });
    post.flush({});
    await settle();
    http().expectOne((r) => r.url === '/api/crm/timeline').flush({
      totalCount: 1,
      items: [
        {
          id: '1', occurredAt: '2026-12-03T10:00:00Z', kind: 'email', entityType: 'lead', entityId: 'l1', title: 'Входящее письмо «Вопрос по окнам»',
          subject: 'Вопрос по окнам', details: { direction: 'incoming', subject: 'Вопрос по окнам', address: 'client@example.com', note: null }, userId: null,
        },
      ],
    });
    await saved;
    await settle(fixture);

    expect(reset).toBe(true);
    const [item] = allByTestId(fixture, 'timeline-item');
    expect(item.querySelector('.icon')?.textContent).toBe('✉');
    expect(item.textContent).toContain('client@example.com');
  });
});
