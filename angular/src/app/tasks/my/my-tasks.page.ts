import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { TaskCompletion } from '../task-completion';
import { TaskRow } from '../task-row';
import { TasksService } from '../../api/services';
import { TasksCountService } from '../tasks-count.service';
import { MyTasks, TaskDto } from '../tasks-models';
import { TasksTabs } from '../tasks-tabs';
import { groupsToShow, myTasksOf, showsTimeOnly } from './my-tasks';

/** What the signed-in user has to do: overdue first, then today, tomorrow, this week, later, and what has no date. */
@Component({
  selector: 'app-my-tasks-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe, TaskRow, TasksTabs],
  templateUrl: './my-tasks.page.html',
  styleUrl: '../tasks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyTasksPage implements OnInit {
  private readonly client = inject(TasksService);
  private readonly completion = inject(TaskCompletion);
  private readonly counts = inject(TasksCountService);
  private readonly auth = inject(AuthService);
  protected readonly meId = computed(() => this.auth.me()?.id ?? null);

  protected readonly answer = signal<MyTasks | null>(null);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  protected readonly groups = computed(() => groupsToShow(this.answer()));
  protected readonly timeOnly = showsTimeOnly;

  ngOnInit(): Promise<void> {
    return this.load();
  }

  protected async complete(event: { task: TaskDto; untick: () => void }): Promise<void> {
    const done = await this.completion.complete(event.task);
    if (!done) {
      event.untick();
      return;
    }
    await this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.answer.set(myTasksOf(await firstValueFrom(this.client.getMyTasks())));
      this.failed.set(false);
      this.counts.refresh();
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}
