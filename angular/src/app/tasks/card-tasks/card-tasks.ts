import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { problemOf } from '../../core/http/problem-details';
import { CompanyDay } from '../../shared/company-day';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { PickerSearch } from '../../shared/pickers/picker';
import { UserPicker } from '../../shared/pickers/user-picker';
import { TaskDto } from '../../api/models';
import { TasksService } from '../../api/services';

/** The permission to see and set tasks (Tasks' TasksPermissions.Tasks.Default). */
export const TASKS_PERMISSION = 'Tasks.Tasks';

/** The hour a task set for "today" or "tomorrow" is due, as people mean "by the end of the day". */
export const DEFAULT_DUE_TIME = '18:00';

/** `2026-12-31` → `2027-01-01`. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The card's open tasks, those due first first; done and cancelled ones are history, shown in the timeline. */
export function openTasks(tasks: readonly TaskDto[]): TaskDto[] {
  return tasks
    .filter((t) => t.status === 'open' || t.status === 'inProgress')
    .sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.title.localeCompare(b.title));
}

/**
 * The tasks on a card (a deal, company, contact or lead) with a checkbox to complete each, and "+ Task": a small form
 * set for the user by default, so a task is two clicks away. `<app-card-tasks entityType="deal" [entityId]="id" />`.
 */
@Component({
  selector: 'app-card-tasks',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslocoPipe, DayTimePipe, UserPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './card-tasks.scss',
  templateUrl: './card-tasks.html',
})
export class CardTasksComponent {
  private readonly client = inject(TasksService);
  private readonly auth = inject(AuthService);
  private readonly companyDay = inject(CompanyDay);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly entityType = input.required<string>();
  readonly entityId = input.required<string>();

  protected readonly allowed = this.auth.hasPermission(TASKS_PERMISSION);
  protected readonly tasks = signal<TaskDto[]>([]);
  protected readonly open = computed(() => openTasks(this.tasks()));
  protected readonly failed = signal(false);
  protected readonly adding = signal(false);
  protected readonly saving = signal(false);
  protected readonly completing = signal<ReadonlySet<string>>(new Set());
  protected readonly assigneeName = signal<string | null>(null);

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(500)]],
    assigneeId: ['', Validators.required],
    dueAt: [''],
  });

  protected readonly peopleSearch: PickerSearch = (text) =>
    this.client.getTaskPeople(text ? { filter: text } : {}).pipe(map((page) => page.items.map((p) => ({ id: p.id, name: p.name }))));

  constructor() {
    effect(() => {
      if (this.allowed && this.entityType() && this.entityId()) void this.load();
    });
  }

  protected startAdding(): void {
    const me = this.auth.me();
    this.form.reset({ title: '', assigneeId: me?.id ?? '', dueAt: '' });
    this.assigneeName.set(me ? me.fullName || me.userName : null);
    this.adding.set(true);
  }

  protected async dueOn(which: 'today' | 'tomorrow'): Promise<void> {
    const today = await this.companyDay.today();
    const day = which === 'today' ? today : nextDay(today);
    this.form.controls.dueAt.setValue(`${day}T${DEFAULT_DUE_TIME}`);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.saving()) return this.form.markAllAsTouched();
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      await firstValueFrom(this.client.createTask({ body: {
        title: v.title.trim(),
        assigneeId: v.assigneeId,
        dueAt: v.dueAt ? new Date(v.dueAt).toISOString() : null,
        entityType: this.entityType(),
        entityId: this.entityId(),
      } }));
      this.adding.set(false);
      await this.load();
    } catch (error) {
      this.report(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async complete(task: TaskDto): Promise<void> {
    if (this.completing().has(task.id)) return;
    this.completing.update((s) => new Set([...s, task.id]));
    try {
      await firstValueFrom(this.client.completeTask({ id: task.id, body: { result: null } }));
      await this.load();
    } catch (error) {
      this.report(error);
    } finally {
      this.completing.update((s) => new Set([...s].filter((id) => id !== task.id)));
    }
  }

  private async load(): Promise<void> {
    this.failed.set(false);
    try {
      const page = await firstValueFrom(this.client.getTasks({ entityType: this.entityType(), entityId: this.entityId(), sorting: 'dueAt', maxResultCount: 100 }));
      this.tasks.set(page.items);
    } catch {
      this.failed.set(true);
    }
  }

  private report(error: unknown): void {
    const problem = problemOf(error);
    this.snackBar.open(problem?.detail || problem?.title || this.transloco.translate<string>('cardTasks.saveFailed'), 'OK', { duration: 8000 });
  }
}
