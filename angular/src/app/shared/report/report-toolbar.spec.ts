import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { byTestId, configureTestBed, settle } from '../../../testing/testing-providers';
import { Period } from '../period/report-period';
import { ReportToolbar } from './report-toolbar';

@Component({
  imports: [ReportToolbar],
  template: `
    <app-report-toolbar
      heading="report.export"
      exportTestId="x-export"
      [canExport]="ready()"
      [period]="period()"
      [failed]="failed()"
      (exported)="exports = exports + 1"
      (periodChanged)="chosen = $event"
    >
      <span data-testid="own-filter">mine</span>
    </app-report-toolbar>
  `,
})
class Host {
  readonly ready = signal(false);
  readonly period = signal<Period | undefined>(undefined);
  readonly failed = signal(false);
  exports = 0;
  chosen: Period | null = null;
}

describe('ReportToolbar', () => {
  beforeEach(() => configureTestBed());

  it('should offer the export only once the filters are known, and pass the click on', async () => {
    const fixture = TestBed.createComponent(Host);
    await settle(fixture);
    const button = byTestId(fixture, 'x-export') as HTMLButtonElement;
    expect(button.disabled).toBe(true);

    fixture.componentInstance.ready.set(true);
    await settle(fixture);
    button.click();

    expect(button.disabled).toBe(false);
    expect(fixture.componentInstance.exports).toBe(1);
  });

  it("should show the page's own filters, the period when given, and say when the report could not load", async () => {
    const fixture = TestBed.createComponent(Host);
    await settle(fixture);
    expect(byTestId(fixture, 'own-filter')?.textContent).toBe('mine');
    expect(byTestId(fixture, 'period-from')).toBeNull();
    expect(byTestId(fixture, 'report-failed')).toBeNull();

    fixture.componentInstance.period.set({ from: '2026-12-01', to: '2026-12-31' });
    fixture.componentInstance.failed.set(true);
    await settle(fixture);

    expect((byTestId(fixture, 'period-from') as HTMLInputElement).value).toBe('2026-12-01');
    expect(byTestId(fixture, 'report-failed')?.textContent?.trim()).toBe('Не удалось загрузить отчёт.');
  });
});
