import type { TaskDto } from '../api/models';

export type { TaskDto };

/*
 * Tasks' shapes as the pages read them. A task is the generated TaskDto; the rest stay here where the generated
 * shape differs (counts as number | string, open string keys) or is the screen's own (a history line per field).
 */

export type TaskStatus = 'open' | 'inProgress' | 'done' | 'cancelled';
export type TaskPriority = 'low' | 'normal' | 'high';

export const PRIORITIES: readonly TaskPriority[] = ['low', 'normal', 'high'];
export type TaskEntityType = 'deal' | 'company' | 'contact' | 'lead' | 'invoice' | 'product';

/** A person as Tasks names them: the id and the name to show. */
export interface Person {
  readonly id: string;
  readonly name: string;
}

export interface ChecklistItem {
  readonly text: string;
  readonly done: boolean;
}

/** What POST and PUT take: the task's own fields, people by id. */
export interface TaskInput {
  readonly title: string;
  readonly description: string | null;
  readonly priority: TaskPriority;
  readonly assigneeId: string | null;
  readonly coworkerIds: string[];
  readonly observerIds: string[];
  readonly dueAt: string | null;
  readonly entityType: TaskEntityType | null;
  readonly entityId: string | null;
  readonly projectId: string | null;
  readonly checklist: ChecklistItem[];
  readonly recurrence: string | null;
  readonly concurrencyStamp?: string;
}

export type MyTasksGroupKey = 'overdue' | 'today' | 'tomorrow' | 'thisWeek' | 'later' | 'noDate';

export interface MyTasksGroup {
  readonly key: MyTasksGroupKey;
  readonly count: number;
  readonly items: TaskDto[];
}

export interface MyTasks {
  readonly groups: MyTasksGroup[];
}

export interface MyTaskCounts {
  readonly overdue: number;
  readonly today: number;
  readonly open: number;
}

export interface TaskHistoryItem {
  readonly at: string;
  readonly userName: string | null;
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

export type RuleEvent =
  | 'Crm.Deal.StageChanged'
  | 'Crm.Lead.Created'
  | 'Crm.Deal.Won'
  | 'Finance.Invoice.Overdue'
  | 'Stock.Product.BelowMinimum';

export type AssignTo = 'owner' | 'user' | 'leastLoaded';
export type DueUnit = 'minutes' | 'hours' | 'workingDays';

export interface RuleTrigger {
  readonly event: RuleEvent;
  readonly pipelineId: string | null;
  readonly stageId: string | null;
}

export interface RuleTask {
  readonly title: string;
  readonly description: string | null;
  readonly priority: TaskPriority;
  readonly assignTo: AssignTo | 'dealOwner';
  readonly userId: string | null;
  readonly role: string | null;
  readonly dueIn: number;
  readonly dueUnit: DueUnit;
}

export interface TaskRule {
  readonly id: string;
  readonly name: string;
  readonly isActive: boolean;
  readonly trigger: RuleTrigger;
  readonly task: RuleTask;
}

export type TaskRuleInput = Omit<TaskRule, 'id'>;

export interface ProjectProgress {
  readonly done: number;
  readonly total: number;
  readonly overdue: number;
}

export interface ProjectDto {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly members: Person[];
  readonly deadline: string | null;
  readonly progress: ProjectProgress;
}

export interface ProjectInput {
  readonly name: string;
  readonly description: string | null;
  readonly ownerId: string | null;
  readonly memberIds: string[];
  readonly deadline: string | null;
}

export type ReportBucket = 'doneOnTime' | 'doneLate' | 'open' | 'overdue';

export interface EmployeeReportRow {
  readonly userId: string;
  readonly userName: string | null;
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly open: number;
  readonly overdue: number;
  readonly averageCompletionHours: number | null;
}
