import { MyTasksDto } from '../../api/models';
import { MyTasks, MyTasksGroup, MyTasksGroupKey } from '../tasks-models';

/** The order the groups read in, most pressing first. */
export const GROUP_ORDER: readonly MyTasksGroupKey[] = ['overdue', 'today', 'tomorrow', 'thisWeek', 'later', 'noDate'];

/** The server's groups in reading order, the empty ones left out (whatever order or subset it sent). */
export function groupsToShow(answer: MyTasks | null): MyTasksGroup[] {
  const byKey = new Map((answer?.groups ?? []).map((g) => [g.key, g]));
  return GROUP_ORDER.map((key) => byKey.get(key)).filter((g): g is MyTasksGroup => !!g && (g.count > 0 || g.items.length > 0));
}

/** Today's and tomorrow's tasks show only their time: the group's heading says the day. */
export function showsTimeOnly(key: MyTasksGroupKey): boolean {
  return key === 'today' || key === 'tomorrow';
}

/** The generated answer as this page reads it: the group keys it knows, counts as numbers (int64 comes as number | string). */
export function myTasksOf(answer: MyTasksDto): MyTasks {
  return { groups: answer.groups.map((g) => ({ key: g.key as MyTasksGroupKey, count: Number(g.count), items: g.items })) };
}
