import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { askCompletion } from './dialogs/complete-dialog';
import { problemMessage } from './task-problems';
import { TasksService } from '../api/services';
import { TasksCountService } from './tasks-count.service';
import { TaskDto } from './tasks-models';

/** Completing a task from any list: ask for the result, complete, and let the navigation's counts follow. */
@Injectable({ providedIn: 'root' })
export class TaskCompletion {
  private readonly client = inject(TasksService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly counts = inject(TasksCountService);

  /** The completed task, or null when the user cancelled or the server refused (the user is told why). */
  async complete(task: TaskDto): Promise<TaskDto | null> {
    const answer = await askCompletion(this.dialog, task.title);
    if (!answer) return null;
    try {
      const done = await firstValueFrom(this.client.completeTask({ id: task.id, body: { result: answer.result } }));
      this.counts.refresh();
      return done;
    } catch (error) {
      this.snackBar.open(problemMessage(error, this.transloco.translate('tasks.failed')), undefined, { duration: 5000 });
      return null;
    }
  }
}
