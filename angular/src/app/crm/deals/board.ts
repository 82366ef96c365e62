import { DealBoardDto, DealDto, StageKind } from '../../api/models';

/** One kanban column: a stage with the cards loaded so far and the count and total of all its deals. */
export interface BoardColumn {
  readonly stageId: string;
  readonly name: string;
  readonly kind: StageKind;
  readonly deals: readonly DealDto[];
  readonly count: number;
  readonly amount: number;
}

/** Where a card was before a move, to put it back when the server refuses. */
export interface CardPlace {
  readonly stageId: string;
  readonly index: number;
  readonly deal: DealDto;
}

/** Adds money in whole kopecks, so totals do not drift (0.1 + 0.2). */
export function addMoney(a: number, b: number): number {
  return Math.round(Math.round(a * 100) + Math.round(b * 100)) / 100;
}

export function columnsOf(board: DealBoardDto): BoardColumn[] {
  return board.columns.map((c) => ({
    stageId: c.stageId,
    name: c.name,
    kind: c.kind,
    deals: c.deals,
    count: Number(c.count),
    amount: Number(c.amount),
  }));
}

export function placeOf(columns: readonly BoardColumn[], dealId: string): CardPlace | undefined {
  for (const column of columns) {
    const index = column.deals.findIndex((d) => d.id === dealId);
    if (index >= 0) return { stageId: column.stageId, index, deal: column.deals[index] };
  }
  return undefined;
}

/**
 * The board with a card taken out of its column and put into another at `index` (the top by default):
 * both columns' counts and totals change with it. The card keeps its data apart from the stage.
 */
export function withCardMoved(
  columns: readonly BoardColumn[],
  deal: DealDto,
  toStageId: string,
  index = 0,
): BoardColumn[] {
  const from = placeOf(columns, deal.id);
  if (from?.stageId === toStageId) return [...columns];
  const amount = Number(deal.amount);
  const moved: DealDto = { ...deal, stageId: toStageId };
  return columns.map((column) => {
    if (column.stageId === from?.stageId) {
      return {
        ...column,
        deals: column.deals.filter((d) => d.id !== deal.id),
        count: column.count - 1,
        amount: addMoney(column.amount, -amount),
      };
    }
    if (column.stageId === toStageId) {
      const deals = [...column.deals];
      deals.splice(Math.min(index, deals.length), 0, moved);
      return { ...column, deals, count: column.count + 1, amount: addMoney(column.amount, amount) };
    }
    return column;
  });
}

/** Puts a card back where it was before a refused move; its figures return with it. */
export function withMoveRolledBack(columns: readonly BoardColumn[], place: CardPlace): BoardColumn[] {
  return withCardMoved(columns, place.deal, place.stageId, place.index);
}

/**
 * The board after the server accepted a move: the card takes the server's copy (the amount may have changed
 * meanwhile, so the target total is corrected by the difference).
 */
export function withCardConfirmed(columns: readonly BoardColumn[], deal: DealDto): BoardColumn[] {
  return columns.map((column) => {
    const index = column.deals.findIndex((d) => d.id === deal.id);
    if (index < 0) return column;
    const difference = addMoney(Number(deal.amount), -Number(column.deals[index].amount));
    const deals = [...column.deals];
    deals[index] = deal;
    return { ...column, deals, amount: addMoney(column.amount, difference) };
  });
}

/** The column with the next page of cards appended; cards already shown (moved in meanwhile) are not repeated. */
export function withPageAppended(columns: readonly BoardColumn[], stageId: string, page: readonly DealDto[]): BoardColumn[] {
  return columns.map((column) => {
    if (column.stageId !== stageId) return column;
    const shown = new Set(column.deals.map((d) => d.id));
    return { ...column, deals: [...column.deals, ...page.filter((d) => !shown.has(d.id))] };
  });
}

/** Whether a column has cards on the server that are not loaded yet. */
export function hasMore(column: BoardColumn): boolean {
  return column.deals.length < column.count;
}

/** A move the server accepted, kept so the user can take it back. */
export interface BoardMove {
  /** Where the card was before. */
  readonly from: CardPlace;
  /** The server's copy after the move. */
  readonly deal: DealDto;
  /** What the target column was: a win or a loss is taken back by reopening, a move by moving back. */
  readonly toKind: StageKind;
}

/**
 * How to take a move back: a closed deal is reopened (the server returns it to the stage it was closed from), an open
 * one is moved to its old stage.
 */
export function undoStepOf(move: BoardMove): 'reopen' | 'move' {
  return move.toKind === 'open' ? 'move' : 'reopen';
}

/**
 * Whether a drop changes anything: a card let go outside every column comes back to its own column (the CDK reports
 * that as a drop into the column it started in), and the same goes for a drop onto its own stage.
 */
export function isMove(columns: readonly BoardColumn[], dealId: string, targetStageId: string): boolean {
  const place = placeOf(columns, dealId);
  return !!place && place.stageId !== targetStageId;
}

/** The column a closing button sends a card to (the won or the lost stage); none when the pipeline lacks it. */
export function closingColumn(columns: readonly BoardColumn[], kind: 'won' | 'lost'): BoardColumn | undefined {
  return columns.find((c) => c.kind === kind);
}
