import { DealBoardDto, ManagerRankingRowDto } from '../../api/models';

/** One stage of the user's own open deals on the home page: how many, how much, and the first few titles. */
export interface StageSummary {
  readonly stageId: string;
  readonly name: string;
  readonly count: number;
  readonly amount: number;
  readonly deals: readonly { id: string; title: string }[];
}

/** The open stages of a board filtered to the user's deals; won and lost are not "open deals". */
export function openStagesOf(board: DealBoardDto): StageSummary[] {
  return board.columns
    .filter((c) => c.kind === 'open')
    .map((c) => ({
      stageId: c.stageId,
      name: c.name,
      count: Number(c.count),
      amount: Number(c.amount),
      deals: c.deals.map((d) => ({ id: d.id, title: d.title })),
    }));
}

/** Managers by money won, then by deals won: the order a director reads a ranking in. */
export function rankingOrder(rows: readonly ManagerRankingRowDto[]): ManagerRankingRowDto[] {
  return [...rows].sort((a, b) => Number(b.wonAmount) - Number(a.wonAmount) || Number(b.wonCount) - Number(a.wonCount));
}

/**
 * A readable name for a ranking row: the owner's name when the report carries one (Crm's copy of people), else a short
 * id so rows can still be told apart.
 */
export function ownerLabel(row: ManagerRankingRowDto): string {
  const named = row as ManagerRankingRowDto & { ownerName?: string | null };
  return named.ownerName || row.ownerId.slice(0, 8);
}

/** The period a home page's figures cover: from the first of the company's month to its today (yyyy-MM-dd). */
export function monthToDate(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 8)}01`, to: today };
}
