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
