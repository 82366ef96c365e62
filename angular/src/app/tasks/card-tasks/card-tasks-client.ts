import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { Page } from '../../shared/list/paged-list';

/** A task as /api/tasks returns it, the fields a card's task list uses (hand-written until the client is regenerated). */
export interface CardTask {
  id: string;
  title: string;
  status: 'open' | 'inProgress' | 'done' | 'cancelled';
  priority: 'low' | 'normal' | 'high';
  assigneeId: string;
  assigneeName: string | null;
  dueAt: string | null;
  isOverdue: boolean;
  entityType: string | null;
  entityId: string | null;
  completedAt: string | null;
}

/** A new task on a card. */
export interface NewCardTask {
  title: string;
  assigneeId: string;
  dueAt: string | null;
  entityType: string;
  entityId: string;
}

/** Someone a task may be set for (GET /api/tasks/people). */
export interface TaskPerson {
  id: string;
  name: string;
}

/** The Tasks routes a card's task list needs; same-origin like the generated client. */
@Injectable({ providedIn: 'root' })
export class CardTasksClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/tasks';

  /** The card's tasks, those due first first. */
  list(entityType: string, entityId: string): Observable<Page<CardTask>> {
    const params = new HttpParams().set('entityType', entityType).set('entityId', entityId).set('sorting', 'dueAt').set('maxResultCount', 100);
    return this.http.get<Page<CardTask>>(this.root, { params });
  }

  create(body: NewCardTask): Observable<CardTask> {
    return this.http.post<CardTask>(this.root, body);
  }

  complete(id: string): Observable<CardTask> {
    return this.http.post<CardTask>(`${this.root}/${id}/complete`, { result: null });
  }

  people(filter: string): Observable<{ items: TaskPerson[] }> {
    const params = filter ? new HttpParams().set('filter', filter) : undefined;
    return this.http.get<{ items: TaskPerson[] }>(`${this.root}/people`, { params });
  }
}
