import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { PipelineDto } from '../../api/models';
import { CrmService, IdentityService } from '../../api/services';
import { statusOf } from '../../core/http/problem-details';
import { TaskPersonPicker } from '../person-picker';
import { isStale } from '../task-problems';
import { TaskRuleDto } from '../../api/models';
import { TasksService } from '../../api/services';
import { AssignTo, DueUnit, PRIORITIES, RuleEvent, TaskPriority, TaskRuleInput } from '../tasks-models';
import { FALLBACK_ROLES, MERGE_FIELDS, mergeTag, RULE_EVENTS } from './rule-events';
import { ruleRefusal } from './rule-errors';

const SHOWN_FIELDS = ['name', 'event', 'pipelineId', 'stageId', 'title', 'description', 'priority', 'assignTo', 'userId', 'role', 'dueIn', 'dueUnit'];

/** An automation rule: when something happens, set a task from templates, for someone, due in a while. */
@Component({
  selector: 'app-rule-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    TaskPersonPicker,
  ],
  templateUrl: './rule-form.page.html',
  styleUrl: '../tasks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleFormPage implements OnInit {
  private readonly client = inject(TasksService);
  private readonly crm = inject(CrmService);
  private readonly identity = inject(IdentityService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter; absent on /tasks/rules/new. */
  readonly id = input<string>();

  protected readonly events = RULE_EVENTS;
  protected readonly exampleTag = mergeTag('deal.title');
  protected readonly priorities = PRIORITIES;
  protected readonly assignTos: readonly AssignTo[] = ['owner', 'user', 'leastLoaded'];
  protected readonly dueUnits: readonly DueUnit[] = ['minutes', 'hours', 'workingDays'];
  protected readonly form = this.fb.group({
    name: ['', Validators.required],
    isActive: [true],
    event: this.fb.control<RuleEvent>('Crm.Deal.StageChanged'),
    pipelineId: [''],
    stageId: [''],
    title: ['', Validators.required],
    description: [''],
    priority: this.fb.control<TaskPriority>('normal'),
    assignTo: this.fb.control<AssignTo>('owner'),
    userId: [''],
    role: [''],
    dueIn: [1, [Validators.required, Validators.min(0)]],
    dueUnit: this.fb.control<DueUnit>('hours'),
  });

  protected readonly rule = signal<TaskRuleDto | null>(null);
  protected readonly pipelines = signal<PipelineDto[]>([]);
  protected readonly roles = signal<readonly string[]>(FALLBACK_ROLES);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly banner = signal<string | null>(null);

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly event = computed(() => this.value().event ?? 'Crm.Deal.StageChanged');
  protected readonly assignTo = computed(() => this.value().assignTo ?? 'owner');
  protected readonly needsStage = computed(() => this.event() === 'Crm.Deal.StageChanged');
  protected readonly stages = computed(() => this.pipelines().find((p) => p.id === this.value().pipelineId)?.stages ?? []);
  protected readonly mergeFields = computed(() => MERGE_FIELDS[this.event()].map(mergeTag));
  protected readonly userName = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      const [pipelines, roles] = await Promise.all([
        firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 }).pipe(map((p) => p.items), catchError(() => of([] as PipelineDto[])))),
        firstValueFrom(this.identity.getRoles().pipe(map((p) => p.items.map((r) => r.name)), catchError(() => of([] as string[])))),
      ]);
      this.pipelines.set(pipelines);
      if (roles.length) this.roles.set(roles);
      const id = this.id();
      if (id) this.show(await firstValueFrom(this.client.getTaskRule({ id })));
    } catch (error) {
      this.banner.set(statusOf(error) === 404 ? this.transloco.translate('tasks.notFound') : this.transloco.translate('tasks.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  /** Puts a merge field where the cursor is in the title (or at its end). */
  protected insert(field: string, into: 'title' | 'description', box: HTMLInputElement | HTMLTextAreaElement): void {
    const control = this.form.controls[into];
    const text = control.value;
    const at = box.selectionStart ?? text.length;
    control.setValue(text.slice(0, at) + field + text.slice(box.selectionEnd ?? at));
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.errors.set({});
    this.banner.set(null);
    const missing = this.missing();
    if (this.form.invalid || Object.keys(missing).length) {
      this.errors.set(missing);
      return;
    }
    this.saving.set(true);
    try {
      const existing = this.rule();
      const body = this.input();
      if (existing) this.show(await firstValueFrom(this.client.updateTaskRule({ id: existing.id, body })));
      else await firstValueFrom(this.client.createTaskRule({ body }));
      await this.router.navigate(['/tasks/rules']);
    } catch (error) {
      if (isStale(error)) {
        this.banner.set(this.transloco.translate('tasks.stale'));
        return;
      }
      const refusal = ruleRefusal(error, (line) => this.transloco.translate('tasks.rules.line', { line }), this.transloco.translate('tasks.failed'));
      const placed = Object.fromEntries(Object.entries(refusal.fields).filter(([f]) => SHOWN_FIELDS.includes(f)));
      const rest = Object.entries(refusal.fields).filter(([f]) => !SHOWN_FIELDS.includes(f)).map(([, m]) => m);
      this.errors.set(placed);
      this.banner.set(rest.length ? rest.join(' ') : refusal.banner);
    } finally {
      this.saving.set(false);
    }
  }

  /** What the chosen trigger and assignment need besides the always-required fields. */
  private missing(): Record<string, string> {
    const v = this.form.getRawValue();
    const required = this.transloco.translate('tasks.required');
    const missing: Record<string, string> = {};
    if (v.event === 'Crm.Deal.StageChanged') {
      if (!v.pipelineId) missing['pipelineId'] = required;
      if (!v.stageId) missing['stageId'] = required;
    }
    if (v.assignTo === 'user' && !v.userId) missing['userId'] = required;
    if (v.assignTo === 'leastLoaded' && !v.role) missing['role'] = required;
    return missing;
  }

  private show(rule: TaskRuleDto): void {
    this.rule.set(rule);
    this.userName.set(null);
    this.form.reset({
      name: rule.name,
      isActive: rule.isActive,
      event: rule.trigger.event as RuleEvent,
      pipelineId: rule.trigger.pipelineId ?? '',
      stageId: rule.trigger.stageId ?? '',
      title: rule.task.title,
      description: rule.task.description ?? '',
      priority: rule.task.priority,
      assignTo: rule.task.assignTo,
      userId: rule.task.userId ?? '',
      role: rule.task.role ?? '',
      dueIn: Number(rule.task.dueIn),
      dueUnit: rule.task.dueUnit,
    });
  }

  private input(): TaskRuleInput {
    const v = this.form.getRawValue();
    const stage = v.event === 'Crm.Deal.StageChanged';
    return {
      name: v.name.trim(),
      isActive: v.isActive,
      trigger: { event: v.event, pipelineId: stage ? v.pipelineId : null, stageId: stage ? v.stageId : null },
      task: {
        title: v.title,
        description: v.description || null,
        priority: v.priority,
        assignTo: v.assignTo,
        userId: v.assignTo === 'user' ? v.userId : null,
        role: v.assignTo === 'leastLoaded' ? v.role : null,
        dueIn: Number(v.dueIn),
        dueUnit: v.dueUnit,
      },
    };
  }
}
