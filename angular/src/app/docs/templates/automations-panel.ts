import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DocumentAutomationDto, PipelineDto } from '../../api/models';
import { CrmService, DocsService } from '../../api/services';
import { DocsClient } from '../docs-client';
import { TemplateListItem } from '../docs-models';
import { problemOfAny, problemText } from '../docs-problems';

/**
 * "When a deal enters stage S, make template T": each rule named by pipeline, stage and template, switched on or off,
 * removed, or added from three pickers (only templates a deal can be made into).
 */
@Component({
  selector: 'app-automations-panel',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, MatSlideToggleModule, TranslocoPipe],
  styleUrl: '../docs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="automations" data-testid="automations">
      <h2>{{ 'docs.automations.title' | transloco }}</h2>
      <p class="muted">{{ 'docs.automations.hint' | transloco }}</p>
      @for (a of automations(); track a.id) {
        <div class="automation-row" data-testid="automations-row">
          <span>{{ stageLabel(a.pipelineId, a.stageId) }} → {{ a.templateName }}</span>
          <mat-slide-toggle [checked]="a.isActive" (change)="toggle(a, $event.checked)" data-testid="automations-active">
            {{ 'docs.automations.active' | transloco }}
          </mat-slide-toggle>
          <button mat-button type="button" (click)="remove(a)" data-testid="automations-delete">{{ 'docs.delete' | transloco }}</button>
        </div>
      } @empty {
        <p class="muted" data-testid="automations-empty">{{ 'docs.automations.none' | transloco }}</p>
      }
      <div class="automation-row">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'docs.automations.pipeline' | transloco }}</mat-label>
          <mat-select [(ngModel)]="pipelineId" (ngModelChange)="stageId = ''" data-testid="automations-pipeline">
            @for (p of pipelines(); track p.id) {
              <mat-option [value]="p.id">{{ p.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'docs.automations.stage' | transloco }}</mat-label>
          <mat-select [(ngModel)]="stageId" data-testid="automations-stage">
            @for (s of stagesOf(pipelineId); track s.id) {
              <mat-option [value]="s.id">{{ s.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'docs.automations.template' | transloco }}</mat-label>
          <mat-select [(ngModel)]="templateId" data-testid="automations-template">
            @for (t of dealTemplates(); track t.id) {
              <mat-option [value]="t.id">{{ t.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <button mat-flat-button type="button" [disabled]="!pipelineId || !stageId || !templateId" (click)="add()" data-testid="automations-add">
          {{ 'docs.automations.add' | transloco }}
        </button>
      </div>
      @if (error()) {
        <p class="error" role="alert" data-testid="automations-error">{{ error() }}</p>
      }
    </section>
  `,
})
export class AutomationsPanel implements OnInit {
  private readonly docs = inject(DocsService);
  private readonly client = inject(DocsClient);
  private readonly crm = inject(CrmService);
  private readonly i18n = inject(TranslocoService);

  protected readonly automations = signal<DocumentAutomationDto[]>([]);
  protected readonly pipelines = signal<PipelineDto[]>([]);
  private readonly templates = signal<TemplateListItem[]>([]);
  protected readonly dealTemplates = computed(() => this.templates().filter((t) => t.entityTypes.includes('deal')));
  protected readonly error = signal('');
  protected pipelineId = '';
  protected stageId = '';
  protected templateId = '';

  async ngOnInit(): Promise<void> {
    const [pipelines, templates] = await Promise.all([
      firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 })),
      firstValueFrom(this.client.templates({ entityType: 'deal', maxResultCount: 1000 })),
    ]);
    this.pipelines.set(pipelines.items);
    this.templates.set(templates.items);
    await this.reload();
  }

  protected stagesOf(pipelineId: string) {
    return this.pipelines().find((p) => p.id === pipelineId)?.stages ?? [];
  }

  protected stageLabel(pipelineId: string, stageId: string): string {
    const pipeline = this.pipelines().find((p) => p.id === pipelineId);
    const stage = pipeline?.stages.find((s) => s.id === stageId);
    return `${pipeline?.name ?? '—'} › ${stage?.name ?? '—'}`;
  }

  protected async add(): Promise<void> {
    await this.run(() => this.docs.createDocumentAutomation({
      body: { pipelineId: this.pipelineId, stageId: this.stageId, templateId: this.templateId, isActive: true },
    }));
    this.stageId = '';
    this.templateId = '';
  }

  protected toggle(a: DocumentAutomationDto, isActive: boolean): Promise<void> {
    return this.run(() => this.docs.updateDocumentAutomation({
      id: a.id, body: { pipelineId: a.pipelineId, stageId: a.stageId, templateId: a.templateId, isActive },
    }));
  }

  protected remove(a: DocumentAutomationDto): Promise<void> {
    return this.run(() => this.docs.deleteDocumentAutomation({ id: a.id }));
  }

  private async run(call: () => import('rxjs').Observable<unknown>): Promise<void> {
    this.error.set('');
    try {
      await firstValueFrom(call());
    } catch (e) {
      this.error.set(problemText(await problemOfAny(e), this.i18n.translate('docs.failed')));
    }
    await this.reload();
  }

  private async reload(): Promise<void> {
    this.automations.set(await firstValueFrom(this.docs.getDocumentAutomations()));
  }
}
