import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CompanyDay } from '../../shared/company-day';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { EmployeeReportItemDto, ReportTaskDto } from '../../api/models';
import { TasksService } from '../../api/services';
import { EmployeeReportRow, ReportBucket } from '../tasks-models';
import { TasksTabs } from '../tasks-tabs';
import { BUCKETS, employeeBars, monthOf } from './report-bars';

interface DrillDown {
  readonly row: EmployeeReportRow;
  readonly bucket: ReportBucket;
  readonly tasks: ReportTaskDto[];
}

/** Task discipline per employee for a period (this month first): on time, late, open, overdue, how long tasks take. */
@Component({
  selector: 'app-task-reports-page',
  imports: [DecimalPipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, RouterLink, TranslocoPipe, DayTimePipe, TasksTabs],
  templateUrl: './task-reports.page.html',
  styleUrls: ['../tasks.scss', './task-reports.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskReportsPage implements OnInit {
  private readonly client = inject(TasksService);
  private readonly companyDay = inject(CompanyDay);
  private readonly transloco = inject(TranslocoService);

  protected readonly buckets = BUCKETS;
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly rows = signal<EmployeeReportRow[]>([]);
  protected readonly bars = computed(() => employeeBars(this.rows()));
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly drill = signal<DrillDown | null>(null);

  async ngOnInit(): Promise<void> {
    const month = monthOf(await this.companyDay.today());
    this.from.set(month.from);
    this.to.set(month.to);
    await this.load();
  }

  protected async setPeriod(from: string, to: string): Promise<void> {
    if (!from || !to || from > to) return;
    this.from.set(from);
    this.to.set(to);
    await this.load();
  }

  protected async open(row: EmployeeReportRow, bucket: ReportBucket): Promise<void> {
    try {
      const page = await firstValueFrom(this.client.getTasksByEmployeeReportTasks({ userId: row.userId, from: this.from(), to: this.to(), bucket }));
      this.drill.set({ row, bucket, tasks: page.items });
    } catch {
      this.error.set(this.transloco.translate('tasks.loadFailed'));
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.drill.set(null);
    try {
      this.rows.set((await firstValueFrom(this.client.getTasksByEmployeeReport({ from: this.from(), to: this.to() }))).items.map(reportRow));
    } catch {
      this.error.set(this.transloco.translate('tasks.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }
}

/** The generated row with its counts as numbers (int64 arrives as number | string), as the bars and the table add them up. */
function reportRow(item: EmployeeReportItemDto): EmployeeReportRow {
  const hours = item.averageCompletionHours;
  return {
    ...item,
    doneOnTime: Number(item.doneOnTime),
    doneLate: Number(item.doneLate),
    open: Number(item.open),
    overdue: Number(item.overdue),
    averageCompletionHours: hours === null ? null : Number(hours),
  };
}
