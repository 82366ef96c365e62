import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { cardLink } from '../../docs/docs-cards';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { chosen, flag, pagedList } from '../../shared/list/paged-list';
import { TaskPersonPicker } from '../person-picker';
import { ProjectPicker } from '../project-picker';
import { TasksService } from '../../api/services';
import { TaskDto, TaskStatus } from '../tasks-models';
import { TasksTabs } from '../tasks-tabs';

const FILTERS = { assigneeId: '', status: '', overdue: '', projectId: '' };

/** Every task the user may see, filtered by assignee, status, project, or only the overdue ones. */
@Component({
  selector: 'app-task-list-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    DayTimePipe,
    ListTable,
    ListToolbar,
    TaskPersonPicker,
    ProjectPicker,
    TasksTabs,
  ],
  templateUrl: './task-list.page.html',
  styleUrl: '../tasks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskListPage {
  private readonly client = inject(TasksService);
  private readonly router = inject(Router);
  protected readonly flag = flag;
  protected readonly cardLink = cardLink;
  protected readonly statuses: readonly TaskStatus[] = ['open', 'inProgress', 'done', 'cancelled'];
  protected readonly columns = ['title', 'card', 'assignee', 'dueAt', 'priority', 'status', 'project'];
  protected readonly list = pagedList<TaskDto, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) => this.client.getTasks({ ...request, ...chosen(filters), overdue: filters.overdue === 'true' || undefined }),
  });
  /** People and projects have no lookup here: a filter from a link takes its name from the rows it found. */
  protected readonly assigneeName = computed(() => {
    const id = this.list.filters().assigneeId;
    return (id && this.list.rows().find((r) => r.assigneeId === id)?.assigneeName) || null;
  });

  protected open(task: TaskDto): void {
    void this.router.navigate(['/tasks', task.id]);
  }
}
