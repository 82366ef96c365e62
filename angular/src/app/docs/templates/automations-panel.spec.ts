import { TestBed } from '@angular/core/testing';
import { DocumentAutomationDto, PipelineDto } from '../../api/models';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { TemplateListItem } from '../docs-models';
import { AutomationsPanel } from './automations-panel';

const pipeline: PipelineDto = {
  id: 'p1',
  name: 'Продажи окон',
  isDefault: true,
  concurrencyStamp: 's',
  stages: [
    { id: 's1', name: 'Замер', kind: 'open', probability: 30, order: 0 },
    { id: 's2', name: 'Договор', kind: 'open', probability: 60, order: 1 },
  ],
};

const contract: TemplateListItem = {
  id: 't1',
  name: 'Договор поставки',
  kind: 'contract',
  format: 'text',
  entityTypes: ['deal', 'company', 'contact', 'lead'],
  numberPrefix: 'Д',
  isBuiltIn: true,
  updatedAt: '2026-12-01T10:00:00+03:00',
};

const rule: DocumentAutomationDto = { id: 'a1', pipelineId: 'p1', stageId: 's2', templateId: 't1', templateName: 'Договор поставки', isActive: true };

describe('AutomationsPanel', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  async function open(rules: DocumentAutomationDto[]) {
    const fixture = TestBed.createComponent(AutomationsPanel);
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/crm/pipelines').flush({ totalCount: 1, items: [pipeline] });
    http().expectOne((r) => r.url === '/api/docs/templates' && r.params.get('entityType') === 'deal').flush({ totalCount: 1, items: [contract] });
    await settle(fixture);
    http().expectOne('/api/docs/automations').flush(rules);
    await settle(fixture);
    return fixture;
  }

  it('names each rule by its pipeline, stage and template, never by ids', async () => {
    const fixture = await open([rule]);

    const rows = allByTestId(fixture, 'automations-row');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('Продажи окон › Договор → Договор поставки');
    expect(rows[0].textContent).not.toContain('s2');
  });

  it('switches a rule off with its whole state and shows the list again', async () => {
    const fixture = await open([rule]);

    (byTestId(fixture, 'automations-active')!.querySelector('button') as HTMLButtonElement).click();
    await settle(fixture);

    const put = http().expectOne('/api/docs/automations/a1');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ pipelineId: 'p1', stageId: 's2', templateId: 't1', isActive: false });
    put.flush({ ...rule, isActive: false });
    await settle(fixture);
    http().expectOne('/api/docs/automations').flush([{ ...rule, isActive: false }]);
    await settle(fixture);
  });
});
