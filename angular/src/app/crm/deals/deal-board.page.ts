import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DealDto, PipelineDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { problemOf } from '../../core/http/problem-details';
import { BoardColumn, buildBoard, withDealMoved } from './board';

/** The most open deals one board shows; paging per column comes with larger pipelines. */
export const BOARD_LIMIT = 1000;

@Component({
  selector: 'app-deal-board-page',
  imports: [
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    DecimalPipe,
    MatFormFieldModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './deal-board.page.html',
  styleUrl: './deal-board.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DealBoardPage {
  private readonly crm = inject(CrmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly pipelines = signal<PipelineDto[]>([]);
  protected readonly pipelineId = signal<string | null>(null);
  protected readonly deals = signal<DealDto[]>([]);
  protected readonly loading = signal(false);
  private readonly router = inject(Router);
  /** When a drag last ended: the click that ends a drag must not open the card. */
  protected droppedAt = 0;
  protected readonly now = () => Date.now();

  protected readonly pipeline = computed(() => this.pipelines().find((p) => p.id === this.pipelineId()));
  protected readonly columns = computed<BoardColumn[]>(() => buildBoard(this.pipeline(), this.deals()));

  constructor() {
    void this.load();
  }

  protected openCard(deal: DealDto): void {
    if (Date.now() - this.droppedAt < 300) return;
    void this.router.navigate(['/crm/deals', deal.id]);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const page = await firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 }));
      this.pipelines.set(page.items);
      const chosen = page.items.find((p) => p.isDefault) ?? page.items[0];
      if (chosen) await this.show(chosen.id);
    } finally {
      this.loading.set(false);
    }
  }

  protected async show(pipelineId: string): Promise<void> {
    this.pipelineId.set(pipelineId);
    const page = await firstValueFrom(
      this.crm.getDeals({ pipelineId, status: 'open', maxResultCount: BOARD_LIMIT, sorting: 'createdAt' }),
    );
    this.deals.set(page.items);
  }

  /** Moves the card at once and asks the server; a refusal puts it back and says why. */
  protected async drop(event: CdkDragDrop<string, string, DealDto>): Promise<void> {
    const deal = event.item.data;
    const stageId = event.container.data;
    if (deal.stageId === stageId) return;

    const before = this.deals();
    this.deals.set(withDealMoved(before, deal.id, stageId));
    try {
      const moved = await firstValueFrom(this.crm.moveDeal({ id: deal.id, body: { stageId } }));
      this.deals.update((deals) => deals.map((d) => (d.id === moved.id ? moved : d)));
    } catch (error) {
      this.deals.set(before);
      const reason: string = problemOf(error)?.detail || this.transloco.translate('deals.moveFailed');
      this.snackBar.open(reason, undefined, { duration: 5000 });
    }
  }
}
