import { ChangeDetectionStrategy, Component, computed, effect, inject, input, model, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { OwnerDto, PipelineDto, SourceDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';

/** The filters the board and the list share; the list adds stage, status and next step. */
export interface DealFilters {
  readonly pipelineId?: string;
  readonly stageId?: string;
  readonly status?: string;
  readonly ownerId?: string;
  readonly mine?: boolean;
  readonly sourceId?: string;
  readonly tag?: string;
  readonly filter?: string;
  /** The list only: `none` (open deals without a planned next task) or `overdue` (its next task is late). */
  readonly nextStep?: string;
}

export const FILTER_DEBOUNCE_MS = 300;

/** The query parameters of the deals list, board and export for these filters (empty ones left out). */
export function queryOf(filters: DealFilters): Record<string, string | boolean> {
  const query: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '' && value !== false) query[key] = value;
  }
  return query;
}

/** The quick filter bar: pipeline, mine/all, owner (for those who see every deal), source, company tag, text. */
@Component({
  selector: 'app-deal-filters',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, MatInputModule, MatButtonToggleModule, TranslocoPipe],
  templateUrl: './deal-filters.html',
  styleUrl: './deal-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DealFiltersBar {
  private readonly crm = inject(CrmService);
  private readonly auth = inject(AuthService);

  /** The list also filters by stage and status and may show every pipeline at once. */
  readonly list = input(false);
  readonly filters = model.required<DealFilters>();

  protected readonly pipelines = signal<PipelineDto[]>([]);
  protected readonly sources = signal<SourceDto[]>([]);
  protected readonly users = signal<OwnerDto[]>([]);
  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly tag = new FormControl('', { nonNullable: true });

  protected readonly stages = computed(
    () => this.pipelines().find((p) => p.id === this.filters().pipelineId)?.stages ?? [],
  );
  protected readonly canPickOwner = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Crm.DealsViewAll);
  });

  constructor() {
    void this.load();
    this.text.valueChanges
      .pipe(map((t) => t.trim()), debounceTime(FILTER_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((filter) => this.set({ filter: filter || undefined }));
    this.tag.valueChanges
      .pipe(map((t) => t.trim()), debounceTime(FILTER_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((tag) => this.set({ tag: tag || undefined }));
    effect(() => {
      const { filter, tag } = this.filters();
      if ((filter ?? '') !== this.text.value.trim()) this.text.setValue(filter ?? '', { emitEvent: false });
      if ((tag ?? '') !== this.tag.value.trim()) this.tag.setValue(tag ?? '', { emitEvent: false });
    });
  }

  private async load(): Promise<void> {
    const [pipelines, sources] = await Promise.all([
      firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 })),
      firstValueFrom(this.crm.getSources({ maxResultCount: 1000 })),
    ]);
    this.pipelines.set(pipelines.items);
    this.sources.set(sources.items);
    if (!this.list() && !this.filters().pipelineId) {
      const chosen = pipelines.items.find((p) => p.isDefault) ?? pipelines.items[0];
      if (chosen) this.set({ pipelineId: chosen.id });
    }
    if (this.canPickOwner()) {
      const users = await firstValueFrom(this.crm.getCrmOwners({ maxResultCount: 1000 }));
      this.users.set(users.items);
    }
  }

  protected set(change: Partial<DealFilters>): void {
    this.filters.update((current) => ({ ...current, ...change }));
  }

  protected pickPipeline(pipelineId: string | undefined): void {
    this.set({ pipelineId: pipelineId || undefined, stageId: undefined });
  }
}
