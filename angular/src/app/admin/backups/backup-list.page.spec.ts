import { TestBed } from '@angular/core/testing';
import { byTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { BackupListPage } from './backup-list.page';

const overview = (items: object[], healthStatus = 'Healthy') => ({
  schedule: '0 2 * * *',
  nextAt: '2026-12-05T23:00:00Z',
  folder: '/var/lib/suite/backups',
  keep: 7,
  keepDays: 0,
  healthStatus,
  healthDescription: healthStatus === 'Healthy' ? null : 'The last successful backup finished at 2026-12-03 23:00:05Z.',
  items,
});

const done = {
  id: 'b1', fileName: 'suite-20261204-230000-000-scheduled.zip', trigger: 'scheduled', status: 'succeeded',
  startedAt: '2026-12-04T23:00:00Z', finishedAt: '2026-12-04T23:00:04Z', sizeBytes: 1572864, error: null,
};

describe('BackupListPage', () => {
  beforeEach(() => configureTestBed());
  afterEach(() => http().verify());

  it('lists the backups with their size and status and shows a late schedule', async () => {
    const fixture = TestBed.createComponent(BackupListPage);
    fixture.detectChanges();
    http().expectOne('/api/admin/backups').flush(overview([done], 'Degraded'));
    await settle(fixture);

    expect(byTestId(fixture, 'backups-schedule')?.textContent).toContain('0 2 * * *');
    expect(byTestId(fixture, 'backups-health')?.textContent).toContain('Копия запаздывает');
    expect(byTestId(fixture, 'backups-size')?.textContent).toContain('1,5');
    expect(byTestId(fixture, 'backups-status')?.textContent).toContain('Готова');
  }, 20_000);

  it('takes a backup now and says why when one is running already', async () => {
    const fixture = TestBed.createComponent(BackupListPage);
    fixture.detectChanges();
    http().expectOne('/api/admin/backups').flush(overview([done]));
    await settle(fixture);

    byTestId(fixture, 'backups-take')?.click();
    http()
      .expectOne((r) => r.method === 'POST' && r.url === '/api/admin/backups')
      .flush(
        { title: 'Conflict', status: 409, code: 'Backup.AlreadyRunning', detail: 'Резервная копия уже создаётся; дождитесь её окончания.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    http().expectOne('/api/admin/backups').flush(overview([done]));
    await settle(fixture);

    expect(byTestId(fixture, 'backups-message')?.textContent).toContain('уже создаётся');
  }, 20_000);
});
