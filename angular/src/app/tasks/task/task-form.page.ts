import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { fieldErrors, statusOf } from '../../core/http/problem-details';
import { cardLink } from '../../docs/docs-cards';
import { confirm } from '../../shared/confirm-dialog';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { askCompletion } from '../dialogs/complete-dialog';
import { askNewDueTime } from '../dialogs/postpone-dialog';
import { askAssignee } from '../dialogs/reassign-dialog';
import { PeopleField } from '../people-field';
import { TaskPersonPicker } from '../person-picker';
import { knownName } from '../known-name';
import { ProjectPicker } from '../project-picker';
import { RecurrenceEditorComponent } from '../recurrence/recurrence-editor.component';
import { isStale, problemMessage } from '../task-problems';
import { fromLocalInput, toLocalInput } from '../task-time';
import { PersonDto } from '../../api/models';
import { TasksService } from '../../api/services';
import { TasksCountService } from '../tasks-count.service';
import { ChecklistItem, Person, PRIORITIES, TaskDto, TaskEntityType, TaskInput, TaskPriority } from '../tasks-models';
import { TaskComments } from './task-comments';
import { TaskHistory } from './task-history';

type ChecklistRow = FormGroup<{ text: FormControl<string>; done: FormControl<boolean> }>;

/** A task's card: its fields, checklist, the actions its status allows, its comments and its history. */
@Component({
  selector: 'app-task-form-page',
  imports: [
    ReactiveFormsModule,
    RecurrenceEditorComponent,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    DayTimePipe,
    PeopleField,
    TaskPersonPicker,
    ProjectPicker,
    TaskComments,
    TaskHistory,
  ],
  templateUrl: './task-form.page.html',
  styleUrl: '../tasks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TaskFormPage implements OnInit {
  private readonly client = inject(TasksService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly counts = inject(TasksCountService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter; absent on /tasks/new. */
  readonly id = input<string>();

  protected readonly priorities = PRIORITIES;
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(500)]],
    description: [''],
    assigneeId: ['', Validators.required],
    coworkers: this.fb.control<Person[]>([]),
    observers: this.fb.control<Person[]>([]),
    dueAt: [''],
    priority: this.fb.control<TaskPriority>('normal'),
    projectId: [''],
    checklist: this.fb.array<ChecklistRow>([]),
    recurrence: [''],
  });
  protected readonly newItem = this.fb.control('');

  protected readonly task = signal<TaskDto | null>(null);
  /** The card a new task is set on (from the link that opened the form); an existing task's own card. */
  protected readonly card = signal<{ entityType: TaskEntityType; entityId: string; entityTitle: string | null } | null>(null);
  protected readonly cardRoute = computed(() => {
    const c = this.card();
    return c ? cardLink(c.entityType, c.entityId) : null;
  });
  protected readonly assigneeName = signal<string | null>(null);
  protected readonly projectName = signal<string | null>(null);
  /** The task names its people and project: the pickers show those names rather than asking for them. */
  protected readonly assigneeLookup = knownName(this.assigneeName);
  protected readonly projectLookup = knownName(this.projectName);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly banner = signal<string | null>(null);
  /** The save was refused because someone changed the task meanwhile: offer to reload it. */
  protected readonly stale = signal(false);
  /** Bumped after every change, so the history panel shows it. */
  protected readonly version = signal(0);

  protected readonly status = computed(() => this.task()?.status ?? 'open');
  protected readonly isActive = computed(() => this.status() === 'open' || this.status() === 'inProgress');
  protected readonly postponed = computed(() => {
    const t = this.task();
    return !!t?.originalDueAt && !!t.dueAt && new Date(t.originalDueAt).getTime() !== new Date(t.dueAt).getTime();
  });

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (id) {
      await this.load(id);
      return;
    }
    const me = this.auth.me();
    const query = this.route.snapshot.queryParamMap;
    this.assigneeName.set(me?.fullName || me?.userName || null);
    this.form.patchValue({ assigneeId: me?.id ?? '', projectId: query.get('projectId') ?? '' });
    const entityType = query.get('entityType') as TaskEntityType | null;
    const entityId = query.get('entityId');
    if (entityType && entityId) this.card.set({ entityType, entityId, entityTitle: query.get('entityTitle') });
  }

  protected get checklist(): FormArray<ChecklistRow> {
    return this.form.controls.checklist;
  }

  protected addItem(): void {
    const text = this.newItem.value.trim();
    if (!text) return;
    this.checklist.push(this.row({ text, done: false }));
    this.newItem.setValue('');
    this.saveChecklistOfExisting();
  }

  protected removeItem(index: number): void {
    this.checklist.removeAt(index);
    this.saveChecklistOfExisting();
  }

  protected tickItem(index: number, done: boolean): void {
    this.checklist.at(index).controls.done.setValue(done);
    this.saveChecklistOfExisting();
  }

  /** On an existing task a checklist change is saved at once, like ticking a box on paper. */
  private saveChecklistOfExisting(): void {
    if (this.task() && this.form.valid) void this.save();
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.errors.set({});
    this.banner.set(null);
    this.stale.set(false);
    if (this.form.invalid) return;
    this.saving.set(true);
    try {
      const existing = this.task();
      const body = this.input();
      const saved = await firstValueFrom(existing ? this.client.updateTask({ id: existing.id, body: { ...body, concurrencyStamp: existing.concurrencyStamp } }) : this.client.createTask({ body }));
      this.counts.refresh();
      if (!existing) {
        await this.router.navigate(['/tasks', saved.id], { replaceUrl: true });
        return;
      }
      this.show(saved);
    } catch (error) {
      this.fail(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected start(): Promise<void> {
    return this.act((id) => this.client.startTask({ id }));
  }

  protected async complete(): Promise<void> {
    const t = this.task();
    if (!t) return;
    const answer = await askCompletion(this.dialog, t.title);
    if (answer) await this.act((id) => this.client.completeTask({ id, body: { result: answer.result } }));
  }

  protected reopen(): Promise<void> {
    return this.act((id) => this.client.reopenTask({ id }));
  }

  protected async postpone(): Promise<void> {
    const dueAt = await askNewDueTime(this.dialog, this.task()?.dueAt ?? null);
    if (dueAt) await this.act((id) => this.client.postponeTask({ id, body: { dueAt } }));
  }

  protected async reassign(): Promise<void> {
    const assigneeId = await askAssignee(this.dialog);
    if (assigneeId) await this.act((id) => this.client.reassignTask({ id, body: { assigneeId } }));
  }

  protected async cancelTask(): Promise<void> {
    if (!(await confirm(this.dialog, this.transloco.translate('tasks.confirmCancel')))) return;
    await this.act((id) => this.client.cancelTask({ id }));
  }

  protected async remove(): Promise<void> {
    const t = this.task();
    if (!t || !(await confirm(this.dialog, this.transloco.translate('tasks.confirmDelete', { title: t.title })))) return;
    try {
      await firstValueFrom(this.client.deleteTask({ id: t.id }));
      this.counts.refresh();
      await this.router.navigate(['/tasks']);
    } catch (error) {
      this.fail(error);
    }
  }

  protected async reload(): Promise<void> {
    const id = this.task()?.id;
    if (id) await this.load(id);
  }

  private async act(call: (id: string) => Observable<TaskDto>): Promise<void> {
    const t = this.task();
    if (!t) return;
    this.banner.set(null);
    this.stale.set(false);
    this.saving.set(true);
    try {
      this.show(await firstValueFrom(call(t.id)));
      this.counts.refresh();
    } catch (error) {
      this.fail(error);
    } finally {
      this.saving.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.banner.set(null);
    this.stale.set(false);
    try {
      this.show(await firstValueFrom(this.client.getTask({ id })));
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  private show(t: TaskDto): void {
    this.task.set(t);
    this.assigneeName.set(t.assigneeName);
    this.projectName.set(t.projectName);
    this.card.set(t.entityType && t.entityId ? { entityType: t.entityType as TaskEntityType, entityId: t.entityId, entityTitle: t.entityTitle } : null);
    this.checklist.clear({ emitEvent: false });
    for (const item of t.checklist ?? []) this.checklist.push(this.row(item), { emitEvent: false });
    this.form.reset({
      title: t.title,
      description: t.description ?? '',
      assigneeId: t.assigneeId ?? '',
      coworkers: people(t.coworkers),
      observers: people(t.observers),
      dueAt: toLocalInput(t.dueAt),
      priority: t.priority as TaskPriority,
      projectId: t.projectId ?? '',
      recurrence: t.recurrence ?? '',
    });
    this.version.update((v) => v + 1);
  }

  private row(item: ChecklistItem): ChecklistRow {
    return this.fb.group({ text: [item.text], done: [item.done] });
  }

  private input(): TaskInput {
    const v = this.form.getRawValue();
    const card = this.card();
    return {
      title: v.title.trim(),
      description: v.description.trim() || null,
      priority: v.priority,
      assigneeId: v.assigneeId || null,
      coworkerIds: v.coworkers.map((p) => p.id),
      observerIds: v.observers.map((p) => p.id),
      dueAt: fromLocalInput(v.dueAt),
      entityType: card?.entityType ?? null,
      entityId: card?.entityId ?? null,
      projectId: v.projectId || null,
      checklist: v.checklist.map((i) => ({ text: i.text, done: i.done })),
      recurrence: (v.recurrence ?? '').trim() || null,
    };
  }

  private fail(error: unknown): void {
    if (isStale(error)) {
      this.stale.set(true);
      this.banner.set(this.transloco.translate('tasks.stale'));
      return;
    }
    if (statusOf(error) === 400) {
      const fields = Object.fromEntries(Object.entries(fieldErrors(error)).map(([f, m]) => [f.replace(/Ids$/, 's'), m.join(' ')]));
      const shown = Object.keys(this.form.controls);
      this.errors.set(Object.fromEntries(Object.entries(fields).filter(([f]) => shown.includes(f))));
      const rest = Object.entries(fields).filter(([f]) => !shown.includes(f));
      if (rest.length || !Object.keys(fields).length) this.banner.set(rest.length ? rest.map(([, m]) => m).join(' ') : problemMessage(error, this.transloco.translate('tasks.failed')));
      return;
    }
    this.banner.set(problemMessage(error, this.transloco.translate('tasks.failed')));
  }
}

/** The server may not know a person's name (a deleted user); the picker still needs a string to show. */
function people(list: readonly PersonDto[] | null | undefined): Person[] {
  return (list ?? []).map((p) => ({ id: p.id, name: p.name ?? '' }));
}
