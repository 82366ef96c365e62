import { DealDto, PipelineDto, StageDto } from '../../api/models';

/** One kanban column: an open stage with its deals and their count and total. */
export interface BoardColumn {
  readonly stage: StageDto;
  readonly deals: readonly DealDto[];
  readonly count: number;
  readonly total: number;
}

/** Open stages in their order, each with the open deals that sit in it. Won and lost deals leave the board. */
export function buildBoard(pipeline: PipelineDto | undefined, deals: readonly DealDto[]): BoardColumn[] {
  if (!pipeline) return [];
  return [...pipeline.stages]
    .filter((stage) => stage.kind === 'open')
    .sort((a, b) => Number(a.order) - Number(b.order))
    .map((stage) => {
      const inStage = deals.filter((deal) => deal.stageId === stage.id && deal.status === 'open');
      return {
        stage,
        deals: inStage,
        count: inStage.length,
        total: inStage.reduce((sum, deal) => sum + Number(deal.amount), 0),
      };
    });
}

/** The deals with one of them moved to another stage, as the board shows it before the server answers. */
export function withDealMoved(deals: readonly DealDto[], dealId: string, stageId: string): DealDto[] {
  return deals.map((deal) => (deal.id === dealId ? { ...deal, stageId } : deal));
}
