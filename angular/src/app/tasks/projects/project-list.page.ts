import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { DayPipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { pagedList } from '../../shared/list/paged-list';
import { map } from 'rxjs';
import { TasksService } from '../../api/services';
import { projectOf } from './project-progress';
import { ProjectDto } from '../tasks-models';
import { TasksTabs } from '../tasks-tabs';
import { progressShare } from './project-progress';

/** Projects with how far along each is (done of all, overdue), its deadline and its people. */
@Component({
  selector: 'app-project-list-page',
  imports: [MatButtonModule, MatProgressBarModule, MatSortModule, MatTableModule, RouterLink, TranslocoPipe, DayPipe, ListTable, ListToolbar, TasksTabs],
  template: `
    <app-list-toolbar [list]="list" views="tasks.projects" heading="tasks.projects.title" testid="projects" searchLabel="tasks.projects.search">
      <ng-container listActions>
        @if (canManage()) {
          <a mat-flat-button routerLink="/tasks/projects/new" data-testid="projects-new">{{ 'tasks.projects.new' | transloco }}</a>
        }
      </ng-container>
    </app-list-toolbar>
    <app-tasks-tabs />
    <app-list-table [list]="list" [columns]="columns" testid="projects" (open)="open($event)">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'tasks.projects.name' | transloco }}</th>
        <td mat-cell *matCellDef="let p" data-testid="projects-row-name">{{ p.name }}</td>
      </ng-container>
      <ng-container matColumnDef="progress">
        <th mat-header-cell *matHeaderCellDef>{{ 'tasks.projects.progress' | transloco }}</th>
        <td mat-cell *matCellDef="let p" class="progress-cell" data-testid="projects-row-progress">
          <mat-progress-bar mode="determinate" [value]="share(p) * 100" />
          <span class="muted">{{ 'tasks.projects.doneOf' | transloco: { done: p.progress.done, total: p.progress.total } }}</span>
          @if (p.progress.overdue > 0) {
            <span class="overdue-text" data-testid="projects-row-overdue"> · {{ 'tasks.projects.overdueCount' | transloco: { count: p.progress.overdue } }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="deadline">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'tasks.projects.deadline' | transloco }}</th>
        <td mat-cell *matCellDef="let p" class="nowrap">{{ p.deadline | day }}</td>
      </ng-container>
      <ng-container matColumnDef="members">
        <th mat-header-cell *matHeaderCellDef>{{ 'tasks.projects.members' | transloco }}</th>
        <td mat-cell *matCellDef="let p" data-testid="projects-row-members">{{ namesOf(p) }}</td>
      </ng-container>
    </app-list-table>
  `,
  styleUrl: '../tasks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectListPage {
  private readonly client = inject(TasksService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly canManage = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Tasks.Projects);
  });
  protected readonly columns = ['name', 'progress', 'deadline', 'members'];
  protected readonly list = pagedList<ProjectDto>({ load: (request) => this.client.getProjects(request).pipe(map((page) => ({ ...page, items: page.items.map(projectOf) }))) });
  protected readonly share = progressShare;

  protected namesOf(project: ProjectDto): string {
    return project.members.map((m) => m.name).join(', ');
  }

  protected open(project: ProjectDto): void {
    void this.router.navigate(['/tasks/projects', project.id]);
  }
}
