import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map, Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { DayPipe, DayTimePipe } from '../../shared/formats/format.pipes';
import { askCompletion } from '../dialogs/complete-dialog';
import { PeopleField } from '../people-field';
import { TaskPersonPicker } from '../person-picker';
import { isStale, problemMessage } from '../task-problems';
import { TasksService } from '../../api/services';
import { TasksCountService } from '../tasks-count.service';
import { Person, ProjectDto, ProjectInput, TaskDto, TaskStatus } from '../tasks-models';
import { BOARD_COLUMNS, byStatus, movesFor, progressShare, projectOf } from './project-progress';

/** A project: its name, people and deadline (editable by those who manage projects), and a kanban of its tasks. */
@Component({
  selector: 'app-project-page',
  imports: [
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    DayPipe,
    DayTimePipe,
    PeopleField,
    TaskPersonPicker,
  ],
  templateUrl: './project.page.html',
  styleUrls: ['../tasks.scss', './project.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectPage implements OnInit {
  private readonly tasksApi = inject(TasksService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly counts = inject(TasksCountService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter; absent on /tasks/projects/new. */
  readonly id = input<string>();

  protected readonly columns = BOARD_COLUMNS;
  protected readonly canManage = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Tasks.Projects);
  });
  protected readonly form = this.fb.group({
    name: ['', Validators.required],
    description: [''],
    ownerId: [''],
    members: this.fb.control<Person[]>([]),
    deadline: [''],
  });
  protected readonly project = signal<ProjectDto | null>(null);
  protected readonly tasks = signal<TaskDto[]>([]);
  protected readonly board = computed(() => byStatus(this.tasks()));
  protected readonly share = computed(() => {
    const p = this.project();
    return p ? progressShare(p) * 100 : 0;
  });
  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (!id) {
      this.editing.set(true);
      const me = this.auth.me();
      this.form.patchValue({ ownerId: me?.id ?? '' });
      return;
    }
    await this.load(id);
  }

  protected ownerName(): string | null {
    return this.project()?.ownerName ?? this.auth.me()?.fullName ?? null;
  }

  protected membersOf(project: ProjectDto): string {
    return project.members.map((m) => m.name).join(', ');
  }

  protected edit(): void {
    const p = this.project();
    if (!p) return;
    this.form.reset({
      name: p.name,
      description: p.description ?? '',
      ownerId: p.ownerId ?? '',
      members: p.members,
      deadline: p.deadline ? p.deadline.slice(0, 10) : '',
    });
    this.editing.set(true);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const body: ProjectInput = {
      name: v.name.trim(),
      description: v.description.trim() || null,
      ownerId: v.ownerId || null,
      memberIds: v.members.map((m) => m.id),
      deadline: v.deadline || null,
    };
    const existing = this.project();
    await this.run(async () => {
      const saved = await firstValueFrom(existing ? this.tasksApi.updateProject({ id: existing.id, body }) : this.tasksApi.createProject({ body }));
      this.editing.set(false);
      if (!existing) await this.router.navigate(['/tasks/projects', saved.id], { replaceUrl: true });
      else this.project.set(projectOf(saved));
    });
  }

  protected async remove(): Promise<void> {
    const p = this.project();
    if (!p || !(await confirm(this.dialog, this.transloco.translate('tasks.projects.confirmDelete', { name: p.name })))) return;
    await this.run(async () => {
      await firstValueFrom(this.tasksApi.deleteProject({ id: p.id }));
      await this.router.navigate(['/tasks/projects']);
    });
  }

  /** A card dropped in another column: the task is started, completed (asking the result) or reopened. */
  async drop(event: Pick<CdkDragDrop<TaskStatus, TaskStatus, TaskDto>, 'item' | 'container' | 'previousContainer'>): Promise<void> {
    const task = event.item.data;
    const moves = movesFor(task.status as TaskStatus, event.container.data);
    if (!moves.length) return;
    let result: string | null = null;
    if (moves.includes('complete')) {
      const answer = await askCompletion(this.dialog, task.title);
      if (!answer) return;
      result = answer.result;
    }
    const calls: Record<(typeof moves)[number], (id: string) => Observable<TaskDto>> = {
      start: (id) => this.tasksApi.startTask({ id }),
      complete: (id) => this.tasksApi.completeTask({ id, body: { result } }),
      reopen: (id) => this.tasksApi.reopenTask({ id }),
    };
    await this.run(async () => {
      for (const move of moves) await firstValueFrom(calls[move](task.id));
      this.counts.refresh();
    });
    await this.load(this.project()!.id);
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (e) {
      this.error.set(isStale(e) ? this.transloco.translate('tasks.stale') : problemMessage(e, this.transloco.translate('tasks.failed')));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.busy.set(true);
    try {
      const [project, tasks] = await Promise.all([
        firstValueFrom(this.tasksApi.getProject({ id }).pipe(map(projectOf))),
        firstValueFrom(this.tasksApi.getTasks({ projectId: id, maxResultCount: 1000 })),
      ]);
      this.project.set(project);
      this.tasks.set(tasks.items);
    } catch (e) {
      if (statusOf(e) === 404) this.notFound.set(true);
      else this.error.set(this.transloco.translate('tasks.loadFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
