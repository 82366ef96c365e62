import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { cardLink } from '../docs/docs-cards';
import { DocsEntityType } from '../docs/docs-models';
import { DayTimePipe } from '../shared/formats/format.pipes';
import { timeOf } from './task-time';
import { TaskDto } from './tasks-models';

/** A task in a list: tick to complete, its title, its card by name, when it is due, its priority, and whose it is. */
@Component({
  selector: 'app-task-row',
  imports: [MatCheckboxModule, RouterLink, TranslocoPipe, DayTimePipe],
  template: `
    <div class="task-row" data-testid="task-row" [class.overdue]="task().isOverdue" [class.done]="task().status === 'done'">
      <mat-checkbox
        [checked]="task().status === 'done'"
        [disabled]="task().status === 'done' || task().status === 'cancelled'"
        (change)="tick($event)"
        [attr.aria-label]="'tasks.complete.action' | transloco"
        data-testid="task-complete"
      />
      <span class="priority" [class]="'priority ' + task().priority" [attr.title]="'tasks.priorities.' + task().priority | transloco" data-testid="task-priority" [attr.data-priority]="task().priority"></span>
      <a class="title" [routerLink]="['/tasks', task().id]" data-testid="task-title">{{ task().title }}</a>
      @if (card(); as link) {
        <a class="card" [routerLink]="link" data-testid="task-card-link">{{ task().entityTitle || ('tasks.entityTypes.' + task().entityType | transloco) }}</a>
      }
      <span class="spacer"></span>
      @if (showAssignee()) {
        <span class="assignee" data-testid="task-assignee">{{ task().assigneeName }}</span>
      }
      @if (task().dueAt) {
        <span class="due" data-testid="task-due">{{ timeOnly() ? time() : (task().dueAt | dayTime) }}</span>
      }
    </div>
  `,
  styleUrl: './task-row.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskRow {
  readonly task = input.required<TaskDto>();
  /** The signed-in user: their own name is not repeated on their tasks. */
  readonly meId = input<string | null>(null);
  /** Today's and tomorrow's tasks show only the time; the group says the day. */
  readonly timeOnly = input(false);
  /** The checkbox was ticked; the page asks for the result and completes. The box unticks itself if that fails. */
  readonly complete = output<{ task: TaskDto; untick: () => void }>();

  protected readonly card = computed(() => cardLink((this.task().entityType ?? undefined) as DocsEntityType | undefined, this.task().entityId ?? undefined));
  protected readonly showAssignee = computed(() => !!this.task().assigneeName && this.task().assigneeId !== this.meId());
  protected readonly time = computed(() => timeOf(this.task().dueAt));

  protected tick(event: MatCheckboxChange): void {
    if (!event.checked) return;
    this.complete.emit({ task: this.task(), untick: () => (event.source.checked = false) });
  }
}
