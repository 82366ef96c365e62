import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { problemMessage } from '../task-problems';
import { TasksService } from '../../api/services';
import { TaskCommentDto } from '../../api/models';

/** A task's comments, oldest first, and a box to add one. */
@Component({
  selector: 'app-task-comments',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, DayTimePipe],
  template: `
    <section class="panel" data-testid="task-comments">
      <h2>{{ 'tasks.comments.title' | transloco }}</h2>
      <ul class="plain-list">
        @for (c of comments(); track c.id) {
          <li data-testid="task-comment">
            <div class="muted small">{{ c.authorName }} · {{ c.createdAt | dayTime }}</div>
            <div class="comment-text">{{ c.text }}</div>
          </li>
        } @empty {
          <li class="muted" data-testid="task-comments-empty">{{ 'tasks.comments.none' | transloco }}</li>
        }
      </ul>
      <div class="inline">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="grow">
          <mat-label>{{ 'tasks.comments.new' | transloco }}</mat-label>
          <textarea matInput rows="2" [formControl]="text" data-testid="task-comment-text"></textarea>
        </mat-form-field>
        <button mat-stroked-button type="button" [disabled]="!text.value.trim() || busy()" (click)="add()" data-testid="task-comment-add">
          {{ 'tasks.comments.add' | transloco }}
        </button>
      </div>
      @if (error()) {
        <p class="error" role="alert" data-testid="task-comments-error">{{ error() }}</p>
      }
    </section>
  `,
  styleUrl: '../tasks.scss',
  styles: `.comment-text { white-space: pre-wrap; } .small { font-size: 0.85em; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskComments {
  private readonly client = inject(TasksService);
  private readonly transloco = inject(TranslocoService);
  readonly taskId = input.required<string>();

  protected readonly comments = signal<TaskCommentDto[]>([]);
  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => void this.load(this.taskId()));
  }

  protected async add(): Promise<void> {
    const text = this.text.value.trim();
    if (!text) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.client.addTaskComment({ id: this.taskId(), body: { text } }));
      this.text.setValue('');
      await this.load(this.taskId());
    } catch (error) {
      this.error.set(problemMessage(error, this.transloco.translate('tasks.failed')));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    try {
      this.comments.set((await firstValueFrom(this.client.getTaskComments({ id }))).items);
    } catch {
      this.error.set(this.transloco.translate('tasks.loadFailed'));
    }
  }
}
