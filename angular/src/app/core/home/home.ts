import { DealBoardDto } from '../../api/models';

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
