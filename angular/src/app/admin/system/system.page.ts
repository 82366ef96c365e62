import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ParkedEventDto, SystemStatusDto } from '../../api/models';
import { OperationsService } from '../../api/services';
import { problemOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { DayTimePipe } from '../../shared/formats/format.pipes';

/**
 * The admin's view of the machinery: the running version, every health check, each module's event backlog, and the
 * parked events with their error, to replay (once the cause is mended) or discard.
 */
@Component({
  selector: 'app-system-page',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, TranslocoPipe, DayTimePipe],
  templateUrl: './system.page.html',
  styleUrl: './system.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SystemPage implements OnInit {
  private readonly operations = inject(OperationsService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly status = signal<SystemStatusDto | null>(null);
  protected readonly parked = signal<ParkedEventDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  protected readonly opened = signal<string | null>(null);

  protected readonly checkColumns = ['name', 'status', 'description'];
  protected readonly backlogColumns = ['module', 'outboxUnsent', 'outboxOldest', 'inboxPending', 'inboxOldest', 'parked'];

  ngOnInit(): void {
    void this.refresh();
  }

  protected async refresh(): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      const [status, parked] = await Promise.all([
        firstValueFrom(this.operations.getSystemStatus()),
        firstValueFrom(this.operations.listParkedEvents()),
      ]);
      this.status.set(status);
      this.parked.set(parked);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected toggle(event: ParkedEventDto): void {
    this.opened.set(this.opened() === event.id ? null : event.id);
  }

  protected async replay(event: ParkedEventDto): Promise<void> {
    await this.act(() => this.operations.replayParkedEvent({ module: event.module, id: event.id }), 'system.replayed', event);
  }

  protected async discard(event: ParkedEventDto): Promise<void> {
    const message = this.transloco.translate('system.confirmDiscard', { name: event.eventName, module: event.module });
    if (!(await confirm(this.dialog, message))) return;
    await this.act(() => this.operations.discardParkedEvent({ module: event.module, id: event.id }), 'system.discarded', event);
  }

  private async act(call: () => ReturnType<OperationsService['replayParkedEvent']>, done: string, event: ParkedEventDto): Promise<void> {
    try {
      await firstValueFrom(call());
      this.snackBar.open(this.transloco.translate(done, { name: event.eventName }), undefined, { duration: 4000 });
    } catch (error) {
      this.snackBar.open(problemOf(error)?.detail || this.transloco.translate<string>('system.actionFailed'), undefined, { duration: 6000 });
    }
    await this.refresh();
  }
}
