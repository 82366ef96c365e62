import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';

/** The kinds of record the global search finds, in the order the server groups them. */
export type SearchKind = 'company' | 'contact' | 'deal' | 'lead' | 'invoice' | 'product' | 'document' | 'task';

/** One record found: `url` is the route of its card in this app. */
export interface SearchHit {
  readonly kind: SearchKind | string;
  readonly id: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly url: string;
}

export interface SearchGroup {
  readonly kind: SearchKind | string;
  readonly items: SearchHit[];
}

/** GET /api/search: groups that found something, and the kinds whose module did not answer in time. */
export interface SearchResult {
  readonly groups: SearchGroup[];
  readonly unavailable: string[];
}

/** The search term must have at least this many characters; the server answers nothing to shorter ones. */
export const SEARCH_MIN_LENGTH = 2;

/** The global search route, hand-written until the API client is regenerated. */
@Injectable({ providedIn: 'root' })
export class SearchClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  find(q: string, take = 5): Observable<SearchResult> {
    return this.http.get<SearchResult>(`${this.root}/api/search`, { params: { q, take } });
  }
}
