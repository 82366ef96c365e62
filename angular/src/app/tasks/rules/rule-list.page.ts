import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, Observable, of } from 'rxjs';
import { PipelineDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { confirm } from '../../shared/confirm-dialog';
import { problemMessage } from '../task-problems';
import { TaskRuleDto } from '../../api/models';
import { TasksService } from '../../api/services';
import { TasksTabs } from '../tasks-tabs';

/** The automation rules: what each reacts to, which task it sets, on or off. */
@Component({
  selector: 'app-rule-list-page',
  imports: [MatButtonModule, MatSlideToggleModule, RouterLink, TranslocoPipe, TasksTabs],
  template: `
    <header class="header">
      <h1 data-testid="page-title">{{ 'tasks.rules.title' | transloco }}</h1>
      <div class="actions">
        <a mat-flat-button routerLink="/tasks/rules/new" data-testid="rules-new">{{ 'tasks.rules.new' | transloco }}</a>
      </div>
    </header>
    <app-tasks-tabs />
    <p class="muted">{{ 'tasks.rules.hint' | transloco }}</p>
    @if (error()) {
      <p class="banner error" role="alert" data-testid="rules-error">{{ error() }}</p>
    }
    <div class="table-wrap">
      <table class="plain">
        <thead>
          <tr>
            <th>{{ 'tasks.rules.name' | transloco }}</th>
            <th>{{ 'tasks.rules.event' | transloco }}</th>
            <th>{{ 'tasks.rules.titleTemplate' | transloco }}</th>
            <th>{{ 'tasks.rules.assignTo' | transloco }}</th>
            <th>{{ 'tasks.rules.active' | transloco }}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          @for (r of rules(); track r.id) {
            <tr data-testid="rules-row">
              <td><a [routerLink]="['/tasks/rules', r.id]" data-testid="rules-row-name">{{ r.name }}</a></td>
              <td data-testid="rules-row-event">
                {{ 'tasks.rules.events.' + r.trigger.event | transloco }}
                @if (r.trigger.stageId) {
                  <div class="muted">{{ stageLabel(r.trigger.pipelineId, r.trigger.stageId) }}</div>
                }
              </td>
              <td class="template">{{ r.task.title }}</td>
              <td>{{ 'tasks.rules.assignTos.' + r.task.assignTo | transloco }}{{ r.task.role ? ': ' + r.task.role : '' }}</td>
              <td>
                <mat-slide-toggle [checked]="r.isActive" (change)="toggle(r, $event.checked)" data-testid="rules-row-active" />
              </td>
              <td><button mat-button type="button" (click)="remove(r)" data-testid="rules-row-delete">{{ 'tasks.actions.delete' | transloco }}</button></td>
            </tr>
          } @empty {
            <tr>
              <td colspan="6" class="empty" data-testid="rules-empty">{{ 'tasks.rules.none' | transloco }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../tasks.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleListPage implements OnInit {
  private readonly client = inject(TasksService);
  private readonly crm = inject(CrmService);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly rules = signal<TaskRuleDto[]>([]);
  protected readonly pipelines = signal<PipelineDto[]>([]);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    this.pipelines.set(await firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 }).pipe(map((p) => p.items), catchError(() => of([])))));
    await this.reload();
  }

  protected stageLabel(pipelineId: string | null, stageId: string): string {
    const pipeline = this.pipelines().find((p) => p.id === pipelineId);
    const stage = pipeline?.stages.find((s) => s.id === stageId);
    return `${pipeline?.name ?? '—'} › ${stage?.name ?? '—'}`;
  }

  protected toggle(rule: TaskRuleDto, isActive: boolean): Promise<void> {
    const { id, ...body } = rule;
    return this.run(() => this.client.updateTaskRule({ id, body: { ...body, isActive } }));
  }

  protected async remove(rule: TaskRuleDto): Promise<void> {
    if (!(await confirm(this.dialog, this.transloco.translate('tasks.rules.confirmDelete', { name: rule.name })))) return;
    await this.run(() => this.client.deleteTaskRule({ id: rule.id }));
  }

  private async run(call: () => Observable<unknown>): Promise<void> {
    this.error.set(null);
    try {
      await firstValueFrom(call());
    } catch (e) {
      this.error.set(problemMessage(e, this.transloco.translate('tasks.failed')));
    }
    await this.reload();
  }

  private async reload(): Promise<void> {
    try {
      this.rules.set(await firstValueFrom(this.client.getTaskRules()));
    } catch {
      this.error.set(this.transloco.translate('tasks.loadFailed'));
    }
  }
}
