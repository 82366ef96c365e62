import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { TimelineItemDto } from '../../api/models';

/** An e-mail logged on a card (`POST /api/crm/timeline/emails`), until the generated client has the route. */
export interface TimelineEmailInput {
  entityType: string;
  entityId: string;
  direction: 'incoming' | 'outgoing';
  subject: string;
  address: string | null;
  note: string | null;
  occurredAt?: string | null;
}

/** The timeline route the generated client does not have yet; same-origin like the generated one. */
@Injectable({ providedIn: 'root' })
export class TimelineEmailClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  addEmail(body: TimelineEmailInput): Observable<TimelineItemDto> {
    return this.http.post<TimelineItemDto>(`${this.root}/api/crm/timeline/emails`, body);
  }
}
