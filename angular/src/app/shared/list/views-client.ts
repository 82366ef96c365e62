import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { Page, ViewQuery } from './paged-list';

/** A saved view of a list (GET /api/views?list=crm.deals): the user's own or a shared one. */
export interface SavedView {
  readonly id: string;
  readonly list: string;
  readonly name: string;
  readonly query: ViewQuery;
  readonly shared: boolean;
  readonly ownerId: string;
  readonly ownerName: string | null;
  /** Whether the signed-in user may change or delete it. */
  readonly canChange: boolean;
  readonly concurrencyStamp: string;
}

export interface SavedViewInput {
  readonly list: string;
  readonly name: string;
  readonly query: ViewQuery;
  readonly shared: boolean;
}

/** The saved views' routes, hand-written until the API client is regenerated. */
@Injectable({ providedIn: 'root' })
export class ViewsClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/views';

  list(list: string): Observable<Page<SavedView>> {
    return this.http.get<Page<SavedView>>(this.root, { params: { list } });
  }

  create(view: SavedViewInput): Observable<SavedView> {
    return this.http.post<SavedView>(this.root, view);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.root}/${id}`);
  }
}
