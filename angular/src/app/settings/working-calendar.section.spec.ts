import { TestBed } from '@angular/core/testing';
import { byTestId, configureTestBed, http, settle, type } from '../../testing/testing-providers';
import { WorkingCalendarSection } from './working-calendar.section';

describe('WorkingCalendarSection', () => {
  beforeEach(() => configureTestBed());
  afterEach(() => http().verify());

  it('makes Saturday a working day, adds a holiday, removes another and saves the calendar', async () => {
    const fixture = TestBed.createComponent(WorkingCalendarSection);
    fixture.detectChanges();
    http().expectOne('/api/settings/calendar').flush({
      weekendDays: [6, 7],
      holidays: ['2027-01-01', '2027-02-23'],
      workdays: [],
      concurrencyStamp: 's1',
    });
    await settle(fixture);
    expect(byTestId(fixture, 'calendar-holidays')?.textContent).toContain('2027-02-23');

    (byTestId(fixture, 'calendar-weekend-6')?.querySelector('input') as HTMLInputElement).click();
    type(byTestId(fixture, 'calendar-holidays-new'), '2027-03-08');
    await settle(fixture);
    byTestId(fixture, 'calendar-holidays-add')?.click();
    await settle(fixture);
    (byTestId(fixture, 'calendar-holidays')?.querySelector('[aria-label="Удалить 2027-01-01"]') as HTMLElement).click();
    await settle(fixture);
    byTestId(fixture, 'calendar-save')?.click();

    const put = http().expectOne((r) => r.method === 'PUT' && r.url === '/api/settings/calendar');
    expect(put.request.body).toEqual({ weekendDays: [7], holidays: ['2027-02-23', '2027-03-08'], workdays: [], concurrencyStamp: 's1' });
    put.flush({ weekendDays: [7], holidays: ['2027-02-23', '2027-03-08'], workdays: [], concurrencyStamp: 's2' });
    await settle(fixture);
    expect(byTestId(fixture, 'calendar-error')).toBeNull();
  }, 20_000);

  it('shows the field errors a refused calendar comes back with', async () => {
    const fixture = TestBed.createComponent(WorkingCalendarSection);
    fixture.detectChanges();
    http().expectOne('/api/settings/calendar').flush({ weekendDays: [6, 7], holidays: [], workdays: [], concurrencyStamp: 's1' });
    await settle(fixture);

    byTestId(fixture, 'calendar-save')?.click();
    http()
      .expectOne((r) => r.method === 'PUT')
      .flush(
        { title: 'One or more fields are invalid.', status: 400, errors: { weekendDays: ['Хотя бы один день недели должен быть рабочим.'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);

    expect(byTestId(fixture, 'calendar-error')?.textContent).toContain('Хотя бы один день недели');
  }, 20_000);
});
