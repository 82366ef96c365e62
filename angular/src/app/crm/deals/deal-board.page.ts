import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { CdkScrollable } from '@angular/cdk/scrolling';
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
  BoardMove,
  CardPlace,
  closingColumn,
  columnsOf,
  hasMore,
  isMove,
  placeOf,
  undoStepOf,
  withCardConfirmed,
  withCardMoved,
  withMoveRolledBack,
  withPageAppended,
} from './board';
import { DealFilters, DealFiltersBar, queryOf } from './deal-filters';
import { askLossReason } from './loss-dialog';
import { DayTimePipe, MoneyPipe } from '../../shared/formats/format.pipes';
import { nextStepOf } from './next-task';

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
    CdkScrollable,
    MoneyPipe,
    DayTimePipe,
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
  protected readonly nextStep = nextStepOf;
  private readonly crm = inject(CrmService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly filters = signal<DealFilters>({});
  protected readonly columns = signal<BoardColumn[]>([]);
  protected readonly loading = signal(false);
  /** A card is being dragged: the won/lost bar stands out. */
  protected readonly dragging = signal(false);
  /** A finger on a card scrolls the board; holding it a moment picks the card up. A mouse drags at once. */
  protected readonly dragDelay = { touch: 300, mouse: 0 };
  /** The closed columns, also offered as drop zones in a bar that stays on screen however far the board scrolls. */
  protected readonly won = computed(() => closingColumn(this.columns(), 'won'));
  protected readonly lost = computed(() => closingColumn(this.columns(), 'lost'));
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
   * A card let go over a column or a won/lost zone. Outside any of them the CDK hands the card back to its own column,
   * which is no move at all.
   */
  protected async drop(event: CdkDragDrop<BoardColumn, BoardColumn, DealDto>): Promise<void> {
    this.dragging.set(false);
    await this.moveTo(event.item.data, event.container.data, event.currentIndex);
  }

  /** The win / lose buttons on a card: the same as dropping it on the won or lost stage. */
  protected async close(deal: DealDto, kind: 'won' | 'lost', event: Event): Promise<void> {
    event.stopPropagation();
    const target = closingColumn(this.columns(), kind);
    if (target) await this.moveTo(deal, target, 0);
  }

  /**
   * Moves the card with its amount at once and asks the server: an open stage is a move, the won stage a win,
   * the lost stage a loss with its reason. A refusal puts the card and both totals back and says why; a success
   * offers to undo it.
   */
  private async moveTo(deal: DealDto, target: BoardColumn, index: number): Promise<void> {
    if (!isMove(this.columns(), deal.id, target.stageId)) return;
    const place = placeOf(this.columns(), deal.id)!;

    this.columns.update((columns) => withCardMoved(columns, deal, target.stageId, index));
    try {
      const saved = await this.save(deal, target);
      if (!saved) {
        this.columns.update((columns) => withMoveRolledBack(columns, place));
        return;
      }
      this.columns.update((columns) => withCardConfirmed(columns, saved));
      this.offerUndo({ from: place, deal: saved, toKind: target.kind }, target);
    } catch (error) {
      this.columns.update((columns) => withMoveRolledBack(columns, place));
      this.refused(error);
    }
  }

  private offerUndo(move: BoardMove, target: BoardColumn): void {
    const message = this.transloco.translate<string>('deals.moved', { title: move.deal.title, stage: target.name });
    this.snackBar
      .open(message, this.transloco.translate('deals.undo'), { duration: 10000 })
      .onAction()
      .subscribe(() => void this.undo(move));
  }

  /** Takes the last move back through the server; the card returns to where it was. */
  protected async undo(move: BoardMove): Promise<void> {
    const from: CardPlace = move.from;
    const current = placeOf(this.columns(), move.deal.id);
    const deal = current?.deal ?? move.deal;
    this.columns.update((columns) => withCardMoved(columns, deal, from.stageId, from.index));
    try {
      let saved =
        undoStepOf(move) === 'reopen'
          ? await firstValueFrom(this.crm.reopenDeal({ id: deal.id }))
          : await firstValueFrom(this.crm.moveDeal({ id: deal.id, body: { stageId: from.stageId } }));
      // A deal reopens in the stage it was closed from; had it moved since, it goes on to where the board had it.
      if (saved.stageId !== from.stageId) saved = await firstValueFrom(this.crm.moveDeal({ id: deal.id, body: { stageId: from.stageId } }));
      this.columns.update((columns) => withCardConfirmed(columns, saved));
    } catch (error) {
      if (current) this.columns.update((columns) => withMoveRolledBack(columns, current));
      this.refused(error);
    }
  }

  private refused(error: unknown): void {
    const reason: string = problemOf(error)?.detail || this.transloco.translate('deals.moveFailed');
    this.snackBar.open(reason, this.transloco.translate('deals.ok'), { duration: 6000 });
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
