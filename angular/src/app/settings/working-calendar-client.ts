import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';

/** The company's working calendar: ISO weekend days (1 = Mon … 7 = Sun), dates as yyyy-MM-dd. */
export interface WorkingCalendar {
  weekendDays: number[];
  holidays: string[];
  workdays: string[];
  concurrencyStamp?: string | null;
}

/** /api/settings/calendar, which the generated client does not have yet; same-origin like the generated one. */
@Injectable({ providedIn: 'root' })
export class WorkingCalendarClient {
  private readonly http = inject(HttpClient);
  private readonly url = inject(ApiConfiguration).rootUrl + '/api/settings/calendar';

  get(): Observable<WorkingCalendar> {
    return this.http.get<WorkingCalendar>(this.url);
  }

  update(body: WorkingCalendar): Observable<WorkingCalendar> {
    return this.http.put<WorkingCalendar>(this.url, body);
  }
}
