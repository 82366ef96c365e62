import { DealDto } from '../../api/models';

/** A deal's next open task, as the deal endpoints return it (hand-written until the API client is regenerated). */
export interface NextTask {
  id: string;
  title: string | null;
  dueAt: string | null;
  isOverdue: boolean;
}

/** What the board card says about the deal's next step. */
export type NextStep = { kind: 'task'; task: NextTask } | { kind: 'none' } | { kind: 'closed' };

/** An open deal with no open task is flagged; a closed deal needs no next step. */
export function nextStepOf(deal: DealDto): NextStep {
  if (deal.status !== 'open') return { kind: 'closed' };
  const task = (deal as DealDto & { nextTask?: NextTask | null }).nextTask;
  return task ? { kind: 'task', task } : { kind: 'none' };
}
