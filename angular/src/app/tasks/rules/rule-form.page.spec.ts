import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { PipelineDto } from '../../api/models';
import { allByTestId, byTestId, configureTestBed, http, settle, type } from '../../../testing/testing-providers';
import { RuleFormPage } from './rule-form.page';

const pipeline: PipelineDto = {
  id: 'p1',
  name: 'Продажи окон',
  isDefault: true,
  concurrencyStamp: 's',
  stages: [
    { id: 's1', name: 'Звонок', kind: 'open', probability: 10, order: 0 },
    { id: 's2', name: 'Замер', kind: 'open', probability: 30, order: 1 },
  ],
};

type Form = RuleFormPage & { form: RuleFormPage['form'] };

describe('RuleFormPage', { timeout: 20_000 }, () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  async function render() {
    const fixture = TestBed.createComponent(RuleFormPage);
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/crm/pipelines').flush({ totalCount: 1, items: [pipeline] });
    http().expectOne('/api/identity/roles').flush({ totalCount: 2, items: [{ id: 'r1', name: 'sales', permissions: [] }, { id: 'r2', name: 'director', permissions: [] }] });
    await settle(fixture);
    return fixture;
  }

  const form = (fixture: { componentInstance: unknown }) => (fixture.componentInstance as Form).form;

  it('creates a stage rule: the pipeline and stage, the templates, the least loaded of a role, due in working days', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = await render();
    type(byTestId(fixture, 'rule-name'), 'Замер после звонка');
    form(fixture).patchValue({ pipelineId: 'p1', stageId: 's2', assignTo: 'leastLoaded', role: 'sales', dueUnit: 'workingDays', dueIn: 2 });
    type(byTestId(fixture, 'rule-title'), 'Замер: {{ deal.title }}');
    await settle(fixture);

    byTestId(fixture, 'rule-save')!.click();
    await settle(fixture);

    const req = http().expectOne('/api/tasks/rules');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      name: 'Замер после звонка',
      isActive: true,
      trigger: { event: 'Crm.Deal.StageChanged', pipelineId: 'p1', stageId: 's2' },
      task: { title: 'Замер: {{ deal.title }}', description: null, priority: 'normal', assignTo: 'leastLoaded', userId: null, role: 'sales', dueIn: 2, dueUnit: 'workingDays' },
    });
    req.flush({ id: 'r1', ...req.request.body });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/tasks/rules']);
  });

  it('asks for the stage of a stage rule and sends nothing until it is chosen', async () => {
    const fixture = await render();
    type(byTestId(fixture, 'rule-name'), 'Правило');
    type(byTestId(fixture, 'rule-title'), 'Позвонить');
    await settle(fixture);

    byTestId(fixture, 'rule-save')!.click();
    await settle(fixture);

    http().expectNone('/api/tasks/rules');
    expect(byTestId(fixture, 'error-stageId')?.textContent).toContain('Обязательное поле');
  });

  it('offers the merge fields of the chosen trigger and drops the stage for other triggers', async () => {
    const fixture = await render();
    expect(allByTestId(fixture, 'rule-merge-field').map((b) => b.textContent?.trim())).toContain('{{ deal.title }}');

    form(fixture).patchValue({ event: 'Crm.Lead.Created' });
    await settle(fixture);

    const fields = allByTestId(fixture, 'rule-merge-field').map((b) => b.textContent?.trim());
    expect(fields).toContain('{{ lead.phone }}');
    expect(fields).not.toContain('{{ deal.title }}');
    expect(byTestId(fixture, 'rule-stage')).toBeNull();
  });

  it('shows a template error with its line next to the template it is in', async () => {
    const fixture = await render();
    type(byTestId(fixture, 'rule-name'), 'Лид');
    form(fixture).patchValue({ event: 'Crm.Lead.Created' });
    type(byTestId(fixture, 'rule-title'), 'Позвонить {{ lead.name }}');
    type(byTestId(fixture, 'rule-description'), 'Телефон {{ lead.phone');
    await settle(fixture);
    byTestId(fixture, 'rule-save')!.click();
    await settle(fixture);

    http().expectOne('/api/tasks/rules').flush(
      { status: 422, title: 'Содержимое нельзя обработать.', errors: [{ field: 'task.description', line: 1, column: 10, message: 'Не закрыт тег }}' }] },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await settle(fixture);

    expect(byTestId(fixture, 'error-description')?.textContent?.trim()).toBe('Строка 1: Не закрыт тег }}');
    expect(byTestId(fixture, 'rule-error')).toBeNull();
  });
});
