import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { TasksService } from '../../api/services';
import { TaskHistoryDto } from '../../api/models';
import { TaskHistoryItem } from '../tasks-models';

/** Who changed what on a task and when (reassignments and postponements included), newest first. */
@Component({
  selector: 'app-task-history',
  imports: [TranslocoPipe, DayTimePipe],
  template: `
    <section class="panel" data-testid="task-history">
      <h2>{{ 'tasks.history.title' | transloco }}</h2>
      <ul class="plain-list">
        @for (h of items(); track $index) {
          <li data-testid="task-history-item">
            <span class="muted">{{ h.at | dayTime }} · {{ h.userName }}:</span>
            {{ fieldName(h.field) }}
            @if (h.oldValue) {
              <span class="old">{{ h.oldValue }}</span> →
            }
            <span>{{ h.newValue ?? '—' }}</span>
          </li>
        } @empty {
          <li class="muted">{{ 'tasks.history.none' | transloco }}</li>
        }
      </ul>
    </section>
  `,
  styleUrl: '../tasks.scss',
  styles: `.old { text-decoration: line-through; color: var(--mat-sys-on-surface-variant); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskHistory {
  private readonly client = inject(TasksService);
  private readonly transloco = inject(TranslocoService);
  readonly taskId = input.required<string>();
  /** Changes when the task changed, so the history is asked again. */
  readonly version = input(0);

  protected readonly items = signal<TaskHistoryItem[]>([]);

  constructor() {
    effect(() => {
      this.version();
      void this.load(this.taskId());
    });
  }

  /** The field's name in the UI language when there is one; the server's name otherwise. */
  protected fieldName(field: string): string {
    const key = `tasks.fields.${field}`;
    const text = this.transloco.translate(key);
    return text === key ? field : text;
  }

  private async load(id: string): Promise<void> {
    try {
      const answer = await firstValueFrom(this.client.getTaskHistory({ id }));
      this.items.set(historyLines(answer));
    } catch {
      this.items.set([]);
    }
  }
}

/** The server answers one entry per save with its changed fields; the card shows one line per field. */
export function historyLines(answer: TaskHistoryDto): TaskHistoryItem[] {
  return (answer.items ?? []).flatMap((entry) =>
    (entry.changes ?? []).map((change) => ({
      at: entry.changedAt,
      userName: entry.userName,
      field: change.field,
      oldValue: change.oldValue,
      newValue: change.newValue,
    })),
  );
}
