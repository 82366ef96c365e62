import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, of, switchMap, tap } from 'rxjs';
import { DealBoardDto, DealDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { problemOf } from '../../core/http/problem-details';
import {
  BoardColumn,
  columnsOf,
  hasMore,
  placeOf,
  withCardConfirmed,
  withCardMoved,
  withMoveRolledBack,
  withPageAppended,
} from './board';
import { DealFilters, DealFiltersBar, queryOf } from './deal-filters';
import { askLossReason } from './loss-dialog';
import { MoneyPipe } from '../../shared/formats/format.pipes';

/** Cards per column on the first load and per scroll. */
export const BOARD_PAGE = 50;

/** How close to a column's bottom (px) scrolling loads its next cards. */
const SCROLL_SLACK = 80;

@Component({
  selector: 'app-deal-board-page',
  imports: [
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    MoneyPipe,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatProgressBarModule,
    TranslocoPipe,
    DealFiltersBar,
  ],
  templateUrl: './deal-board.page.html',
  styleUrl: './deal-board.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DealBoardPage {
  private readonly crm = inject(CrmService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly filters = signal<DealFilters>({});
  protected readonly columns = signal<BoardColumn[]>([]);
  protected readonly loading = signal(false);
  private readonly sorting = signal('createdAt desc, id');
  private readonly loadingMore = new Set<string>();
  private board?: DealBoardDto;

  protected readonly canCreate = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Crm.DealsCreate);
  });
  protected readonly hasMore = hasMore;

  constructor() {
    toObservable(this.filters)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((filters) =>
          // The bar picks the default pipeline first; without it the board waits.
          filters.pipelineId
            ? this.crm.getDealBoard({ ...queryOf(filters), take: BOARD_PAGE }).pipe(catchError(() => of(null)))
            : of(undefined),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((board) => {
        if (board === undefined) return;
        this.loading.set(false);
        if (!board) {
          this.snackBar.open(this.transloco.translate('deals.loadFailed'), undefined, { duration: 5000 });
          return;
        }
        this.board = board;
        this.sorting.set(board.sorting);
        this.columns.set(columnsOf(board));
      });
  }

  /** Infinite scroll: near the bottom of a column its next cards come from the deals list. */
  protected async onScroll(column: BoardColumn, element: HTMLElement): Promise<void> {
    if (element.scrollTop + element.clientHeight < element.scrollHeight - SCROLL_SLACK) return;
    await this.loadMore(column);
  }

  protected async loadMore(column: BoardColumn): Promise<void> {
    if (!hasMore(column) || this.loadingMore.has(column.stageId)) return;
    this.loadingMore.add(column.stageId);
    const board = this.board;
    try {
      const page = await firstValueFrom(
        this.crm.getDeals({
          ...queryOf({ ...this.filters(), pipelineId: board?.pipelineId }),
          stageId: column.stageId,
          sorting: this.sorting(),
          skipCount: column.deals.length,
          maxResultCount: BOARD_PAGE,
        }),
      );
      if (board === this.board) this.columns.update((columns) => withPageAppended(columns, column.stageId, page.items));
    } finally {
      this.loadingMore.delete(column.stageId);
    }
  }

  /**
   * Moves the card with its amount at once and asks the server: an open stage is a move, the won stage a win,
   * the lost stage a loss with its reason. A refusal puts the card and both totals back and says why.
   */
  protected async drop(event: CdkDragDrop<BoardColumn, BoardColumn, DealDto>): Promise<void> {
    const deal = event.item.data;
    const target = event.container.data;
    const place = placeOf(this.columns(), deal.id);
    if (!place || place.stageId === target.stageId) return;

    this.columns.update((columns) => withCardMoved(columns, deal, target.stageId, event.currentIndex));
    try {
      const saved = await this.save(deal, target);
      if (!saved) {
        this.columns.update((columns) => withMoveRolledBack(columns, place));
        return;
      }
      this.columns.update((columns) => withCardConfirmed(columns, saved));
    } catch (error) {
      this.columns.update((columns) => withMoveRolledBack(columns, place));
      const reason: string = problemOf(error)?.detail || this.transloco.translate('deals.moveFailed');
      this.snackBar.open(reason, this.transloco.translate('deals.ok'), { duration: 6000 });
    }
  }

  private async save(deal: DealDto, target: BoardColumn): Promise<DealDto | undefined> {
    if (target.kind === 'won') return firstValueFrom(this.crm.winDeal({ id: deal.id }));
    if (target.kind === 'lost') {
      const reasons = await firstValueFrom(this.crm.getLossReasons({ maxResultCount: 1000 }));
      const body = await askLossReason(this.dialog, reasons.items);
      return body ? firstValueFrom(this.crm.loseDeal({ id: deal.id, body })) : undefined;
    }
    return firstValueFrom(this.crm.moveDeal({ id: deal.id, body: { stageId: target.stageId } }));
  }

  protected open(deal: DealDto): void {
    void this.router.navigate(['/crm/deals', deal.id]);
  }
}
