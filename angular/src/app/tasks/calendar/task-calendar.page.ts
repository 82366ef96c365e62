import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { formatDate } from '@angular/common';
import { AuthService } from '../../core/auth/auth.service';
// Registers the UI languages' date names that the headings use.
import '../../shared/formats/formats';
import { Permissions } from '../../core/auth/permissions';
import { TaskPersonPicker } from '../person-picker';
import { problemMessage } from '../task-problems';
import { dayKey, onDay, timeOf } from '../task-time';
import { TasksService } from '../../api/services';
import { TaskDto } from '../tasks-models';
import { TasksTabs } from '../tasks-tabs';
import { addDays, CalendarMode, daysOf, shift } from './calendar-days';

/** Who the calendar shows when nobody is picked: the signed-in user. */
export const ME = 'me';

/**
 * Tasks by due day, a week or a month at a time. Dragging a task to another day postpones it to that day at the same
 * time of day, so the task keeps its original due time for the reports.
 */
@Component({
  selector: 'app-task-calendar-page',
  imports: [
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    TaskPersonPicker,
    TasksTabs,
  ],
  templateUrl: './task-calendar.page.html',
  styleUrl: './task-calendar.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskCalendarPage {
  private readonly client = inject(TasksService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);

  protected readonly mode = signal<CalendarMode>('week');
  protected readonly anchor = signal(new Date());
  /** '' is the signed-in user; directors pick someone else. */
  protected readonly assigneeId = signal('');
  protected readonly canPickPerson = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Tasks.TasksViewAll);
  });
  protected readonly today = dayKey(new Date());
  protected readonly days = computed(() => daysOf(this.mode(), this.anchor()));
  protected readonly tasks = signal<TaskDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly byDay = computed(() => {
    const map = new Map<string, TaskDto[]>();
    for (const t of this.tasks()) {
      if (!t.dueAt) continue;
      const key = dayKey(new Date(t.dueAt));
      map.set(key, [...(map.get(key) ?? []), t]);
    }
    for (const list of map.values()) list.sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
    return map;
  });
  protected readonly weekdays = computed(() => this.days().slice(0, 7).map((d) => this.format(d.date, 'EEE')));
  protected readonly heading = computed(() => {
    const days = this.days();
    if (this.mode() === 'month') return this.format(this.anchor(), 'LLLL y');
    return `${this.format(days[0].date, 'd MMM')} – ${this.format(days[days.length - 1].date, 'd MMM y')}`;
  });
  protected readonly timeOf = timeOf;

  constructor() {
    effect(() => void this.load(this.days(), this.assigneeId()));
  }

  protected setMode(mode: CalendarMode): void {
    this.mode.set(mode);
  }

  protected step(direction: -1 | 1): void {
    this.anchor.set(shift(this.mode(), this.anchor(), direction));
  }

  protected goToday(): void {
    this.anchor.set(new Date());
  }

  protected tasksOn(key: string): TaskDto[] {
    return this.byDay().get(key) ?? [];
  }

  /** A task dropped on another day: postponed to that day, same time of day; shown there at once, back if refused. */
  async drop(event: Pick<CdkDragDrop<string, string, TaskDto>, 'item' | 'container' | 'previousContainer'>): Promise<void> {
    const task = event.item.data;
    const day = event.container.data;
    if (!task.dueAt || day === event.previousContainer.data) return;
    const dueAt = onDay(task.dueAt, day);
    const before = this.tasks();
    this.tasks.set(before.map((t) => (t.id === task.id ? { ...t, dueAt } : t)));
    try {
      const moved = await firstValueFrom(this.client.postponeTask({ id: task.id, body: { dueAt } }));
      this.tasks.update((list) => list.map((t) => (t.id === moved.id ? moved : t)));
    } catch (error) {
      this.tasks.set(before);
      this.snackBar.open(problemMessage(error, this.transloco.translate('tasks.failed')), undefined, { duration: 5000 });
    }
  }

  private async load(days: { date: Date }[], assigneeId: string): Promise<void> {
    this.loading.set(true);
    try {
      const page = await firstValueFrom(
        this.client.getTasks({
          dueFrom: days[0].date.toISOString(),
          dueTo: addDays(days[days.length - 1].date, 1).toISOString(),
          assigneeId: assigneeId || ME,
          maxResultCount: 1000,
        }),
      );
      this.tasks.set(page.items);
    } catch {
      this.tasks.set([]);
      this.snackBar.open(this.transloco.translate('tasks.loadFailed'), undefined, { duration: 5000 });
    } finally {
      this.loading.set(false);
    }
  }

  private format(date: Date, pattern: string): string {
    return formatDate(date, pattern, this.transloco.getActiveLang() || 'ru');
  }
}
