import { ChangeDetectionStrategy, Component, computed, inject, OnDestroy, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { BackupOverviewDto } from '../../api/models';
import { BackupsService } from '../../api/services';
import { problemOf } from '../../core/http/problem-details';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';

/**
 * The admin's backups: the schedule and its health, the last backups with size and status, and "Back up now". A backup
 * runs in the background on the server, so while one runs the page looks again every two seconds.
 */
@Component({
  selector: 'app-backup-list-page',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, TranslocoPipe, ...FORMAT_PIPES],
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'backups.title' | transloco }}</h1>
      <button mat-flat-button type="button" (click)="takeNow()" [disabled]="running() || starting()" data-testid="backups-take">
        {{ 'backups.takeNow' | transloco }}
      </button>
    </header>
    @if (overview(); as o) {
      <dl class="facts">
        <dt>{{ 'backups.schedule' | transloco }}</dt>
        <dd data-testid="backups-schedule">
          @if (o.schedule) {
            <code>{{ o.schedule }}</code>
            @if (o.nextAt) {
              · {{ 'backups.nextAt' | transloco }} {{ o.nextAt | dayTime }}
            }
          } @else {
            {{ 'backups.noSchedule' | transloco }}
          }
        </dd>
        <dt>{{ 'backups.keep' | transloco }}</dt>
        <dd data-testid="backups-keep">
          {{ o.keep ? ('backups.keepCount' | transloco: { count: o.keep }) : ('backups.keepAll' | transloco) }}
          @if (o.keepDays) {
            · {{ 'backups.keepDays' | transloco: { days: o.keepDays } }}
          }
        </dd>
        <dt>{{ 'backups.folder' | transloco }}</dt>
        <dd><code>{{ o.folder }}</code></dd>
        <dt>{{ 'backups.health' | transloco }}</dt>
        <dd data-testid="backups-health" [class]="'health ' + o.healthStatus.toLowerCase()">
          {{ 'backups.healthStatus.' + o.healthStatus | transloco }}@if (o.healthDescription) {: {{ o.healthDescription }}}
        </dd>
      </dl>
    }
    @if (message()) {
      <p class="message" role="alert" data-testid="backups-message">{{ message() }}</p>
    }
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    <table mat-table [dataSource]="rows()" data-testid="backups-table">
      <ng-container matColumnDef="fileName">
        <th mat-header-cell *matHeaderCellDef>{{ 'backups.columns.fileName' | transloco }}</th>
        <td mat-cell *matCellDef="let b">{{ b.fileName }}</td>
      </ng-container>
      <ng-container matColumnDef="trigger">
        <th mat-header-cell *matHeaderCellDef>{{ 'backups.columns.trigger' | transloco }}</th>
        <td mat-cell *matCellDef="let b">{{ 'backups.trigger.' + b.trigger | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="startedAt">
        <th mat-header-cell *matHeaderCellDef>{{ 'backups.columns.startedAt' | transloco }}</th>
        <td mat-cell *matCellDef="let b">{{ b.startedAt | dayTime }}</td>
      </ng-container>
      <ng-container matColumnDef="finishedAt">
        <th mat-header-cell *matHeaderCellDef>{{ 'backups.columns.finishedAt' | transloco }}</th>
        <td mat-cell *matCellDef="let b">{{ b.finishedAt | dayTime }}</td>
      </ng-container>
      <ng-container matColumnDef="size">
        <th mat-header-cell *matHeaderCellDef class="number">{{ 'backups.columns.size' | transloco }}</th>
        <td mat-cell *matCellDef="let b" class="number" data-testid="backups-size">{{ b.sizeBytes | fileSize }}</td>
      </ng-container>
      <ng-container matColumnDef="status">
        <th mat-header-cell *matHeaderCellDef>{{ 'backups.columns.status' | transloco }}</th>
        <td mat-cell *matCellDef="let b" data-testid="backups-status">
          <span [class]="'badge ' + b.status">{{ 'backups.status.' + b.status | transloco }}</span>
          @if (b.error) {
            <div class="error">{{ b.error }}</div>
          }
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns" data-testid="backups-row"></tr>
      <tr class="mat-row" *matNoDataRow>
        <td class="mat-cell empty" [attr.colspan]="columns.length" data-testid="backups-empty">
          @if (failed()) {
            {{ 'backups.loadFailed' | transloco }}
          } @else if (!loading()) {
            {{ 'backups.empty' | transloco }}
          }
        </td>
      </tr>
    </table>
  `,
  styles: `
    .header { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 16px; }
    .facts dt { color: #555; }
    .facts dd { margin: 0; }
    .health.degraded, .health.unhealthy { color: #8a1c1c; font-weight: 500; }
    .message { color: #8a1c1c; }
    .number { text-align: right; }
    .empty { padding: 16px; }
    .badge { border-radius: 4px; padding: 2px 6px; font-size: 12px; }
    .running { background: #e8f0fe; color: #1a4d8f; }
    .succeeded { background: #e6f4ea; color: #1e6b34; }
    .failed { background: #fdecea; color: #8a1c1c; }
    .error { font-size: 12px; color: #8a1c1c; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackupListPage implements OnInit, OnDestroy {
  private readonly backups = inject(BackupsService);
  private timer?: ReturnType<typeof setTimeout>;

  protected readonly columns = ['fileName', 'trigger', 'startedAt', 'finishedAt', 'size', 'status'];
  protected readonly overview = signal<BackupOverviewDto | null>(null);
  protected readonly rows = computed(() => this.overview()?.items ?? []);
  protected readonly running = computed(() => this.rows().some((b) => b.status === 'running'));
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  protected readonly starting = signal(false);
  protected readonly message = signal('');

  ngOnInit(): void {
    void this.load();
  }

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }

  protected async takeNow(): Promise<void> {
    this.starting.set(true);
    this.message.set('');
    try {
      await firstValueFrom(this.backups.takeBackup());
    } catch (error) {
      this.message.set(problemOf(error)?.detail ?? '');
    } finally {
      this.starting.set(false);
    }
    await this.load();
  }

  private async load(): Promise<void> {
    clearTimeout(this.timer);
    this.loading.set(true);
    this.failed.set(false);
    try {
      this.overview.set(await firstValueFrom(this.backups.getBackups()));
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
    if (this.running())
      this.timer = setTimeout(() => void this.load(), 2000);
  }
}
