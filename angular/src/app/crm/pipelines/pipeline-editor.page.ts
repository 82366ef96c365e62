import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList, moveItemInArray } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { PipelineDto, PipelineInput, StageKind } from '../../api/models';
import { CrmService } from '../../api/services';
import { fieldErrors, problemOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';

/** A new pipeline starts with the stages most sales teams use, ready to rename. */
const STARTER_STAGES: readonly { name: string; probability: number; kind: StageKind }[] = [
  { name: 'Заявка', probability: 10, kind: 'open' },
  { name: 'Переговоры', probability: 50, kind: 'open' },
  { name: 'Успешно', probability: 100, kind: 'won' },
  { name: 'Отказ', probability: 0, kind: 'lost' },
];

/**
 * Pipelines and their stages: rename, add, reorder by dragging, probability and kind. The server keeps the rules
 * (one won and one lost stage, stages with deals stay, the default pipeline stays) and says which one was broken.
 */
@Component({
  selector: 'app-pipeline-editor-page',
  imports: [
    ReactiveFormsModule,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatListModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './pipeline-editor.page.html',
  styleUrl: './pipeline-editor.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PipelineEditorPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly kinds: StageKind[] = ['open', 'won', 'lost'];
  protected readonly pipelines = signal<PipelineDto[]>([]);
  protected readonly selected = signal<PipelineDto | null>(null);
  protected readonly creating = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string[]>>({});

  protected readonly form = this.fb.group({
    name: ['', Validators.required],
    isDefault: [false],
    stages: this.fb.array<ReturnType<PipelineEditorPage['stage']>>([]),
  });

  async ngOnInit(): Promise<void> {
    await this.reload();
  }

  protected get stages(): FormArray<ReturnType<PipelineEditorPage['stage']>> {
    return this.form.controls.stages;
  }

  private stage(id: string | null, name: string, probability: number, kind: StageKind) {
    return this.fb.group({
      id: [id],
      name: [name, Validators.required],
      probability: [probability, [Validators.min(0), Validators.max(100)]],
      kind: [kind],
    });
  }

  private async reload(selectId?: string): Promise<void> {
    this.busy.set(true);
    try {
      const page = await firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 }));
      this.pipelines.set(page.items);
      const chosen = page.items.find((p) => p.id === (selectId ?? this.selected()?.id)) ?? page.items[0];
      if (chosen && !this.creating()) this.select(chosen);
    } finally {
      this.busy.set(false);
    }
  }

  protected select(pipeline: PipelineDto): void {
    this.creating.set(false);
    this.selected.set(pipeline);
    this.errors.set({});
    this.stages.clear();
    for (const s of pipeline.stages) this.stages.push(this.stage(s.id, s.name, Number(s.probability), s.kind));
    this.form.reset({ name: pipeline.name, isDefault: pipeline.isDefault });
  }

  protected startNew(): void {
    this.creating.set(true);
    this.selected.set(null);
    this.errors.set({});
    this.stages.clear();
    for (const s of STARTER_STAGES) this.stages.push(this.stage(null, s.name, s.probability, s.kind));
    this.form.reset({ name: '', isDefault: false });
  }

  protected addStage(): void {
    // New open stages go before the closing ones, where they belong in a funnel.
    const firstClosed = this.stages.controls.findIndex((c) => c.value.kind !== 'open');
    const at = firstClosed < 0 ? this.stages.length : firstClosed;
    this.stages.insert(at, this.stage(null, '', 50, 'open'));
  }

  protected removeStage(index: number): void {
    this.stages.removeAt(index);
  }

  protected reorder(event: CdkDragDrop<unknown>): void {
    const controls = [...this.stages.controls];
    moveItemInArray(controls, event.previousIndex, event.currentIndex);
    this.stages.clear({ emitEvent: false });
    for (const c of controls) this.stages.push(c, { emitEvent: false });
    this.stages.updateValueAndValidity();
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const body: PipelineInput = {
      name: v.name.trim(),
      isDefault: v.isDefault || null,
      stages: v.stages.map((s) => ({ id: s.id, name: s.name.trim(), probability: Number(s.probability), kind: s.kind })),
      concurrencyStamp: this.selected()?.concurrencyStamp,
    };
    await this.run(async () => {
      const current = this.selected();
      const saved = current
        ? await firstValueFrom(this.crm.updatePipeline({ id: current.id, body }))
        : await firstValueFrom(this.crm.createPipeline({ body }));
      this.creating.set(false);
      this.snackBar.open(this.transloco.translate('pipelines.saved'), undefined, { duration: 3000 });
      await this.reload(saved.id);
    });
  }

  protected async remove(): Promise<void> {
    const current = this.selected();
    if (!current || !(await confirm(this.dialog, this.transloco.translate('pipelines.deleteConfirm')))) return;
    await this.run(async () => {
      await firstValueFrom(this.crm.deletePipeline({ id: current.id }));
      this.selected.set(null);
      this.snackBar.open(this.transloco.translate('pipelines.deleted'), undefined, { duration: 3000 });
      await this.reload();
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    try {
      await action();
    } catch (error) {
      const fields = fieldErrors(error);
      this.errors.set(fields);
      const message = problemOf(error)?.detail ?? Object.values(fields).flat()[0] ?? this.transloco.translate('pipelines.saveFailed');
      this.snackBar.open(message, undefined, { duration: 6000 });
    } finally {
      this.busy.set(false);
    }
  }
}
