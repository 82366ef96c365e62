import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';
import { Page } from '../shared/list/paged-list';
import { Person, ProjectDto, ProjectInput } from './tasks-models';

/**
 * Tasks' routes still called by hand: people (the generated getTaskPeople has no maxResultCount) and projects,
 * whose generated shape differs from the pages' (tasks-models.ts); same-origin like the generated one.
 */
@Injectable({ providedIn: 'root' })
export class TasksClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/tasks';

  /** The people a task may be given to, by name. */
  people(filter: string, maxResultCount = 20): Observable<Page<Person>> {
    return this.http.get<Page<Person>>(`${this.root}/people`, { params: paramsOf({ filter, maxResultCount }) });
  }

  projects(query: { filter?: string; skipCount?: number; maxResultCount?: number; sorting?: string } = {}): Observable<Page<ProjectDto>> {
    return this.http.get<Page<ProjectDto>>(`${this.root}/projects`, { params: paramsOf({ ...query }) });
  }

  project(id: string): Observable<ProjectDto> {
    return this.http.get<ProjectDto>(`${this.root}/projects/${id}`);
  }

  createProject(body: ProjectInput): Observable<ProjectDto> {
    return this.http.post<ProjectDto>(`${this.root}/projects`, body);
  }

  updateProject(id: string, body: ProjectInput): Observable<ProjectDto> {
    return this.http.put<ProjectDto>(`${this.root}/projects/${id}`, body);
  }

  deleteProject(id: string): Observable<void> {
    return this.http.delete<void>(`${this.root}/projects/${id}`);
  }
}

function paramsOf(query: Record<string, string | number | boolean | undefined | null>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}
