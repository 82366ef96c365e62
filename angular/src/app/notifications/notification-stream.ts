import { inject, Injectable } from '@angular/core';
import type { HubConnection } from '@microsoft/signalr';
import { Observable, Subject } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';
import { PushedNotification } from './notification-models';

/**
 * The live channel from the server to this browser. An abstract class so tests can push notifications by hand
 * (TestNotificationStream) instead of opening a connection.
 */
@Injectable({ providedIn: 'root', useFactory: () => inject(SignalRNotificationStream) })
export abstract class NotificationStream {
  /** Each notification the server pushes to the signed-in user. */
  abstract readonly pushed: Observable<PushedNotification>;
  /** The connection came back after a break: what was pushed meanwhile was missed, so counts should be asked again. */
  abstract readonly reconnected: Observable<void>;
  abstract start(): void;
  abstract stop(): void;
}

/** ASP.NET Core SignalR on /hubs/notifications, signed in by the same cookie as the API; reconnects by itself. */
@Injectable({ providedIn: 'root' })
export class SignalRNotificationStream extends NotificationStream {
  private readonly url = inject(ApiConfiguration).rootUrl + '/hubs/notifications';
  private readonly pushes = new Subject<PushedNotification>();
  private readonly reconnects = new Subject<void>();
  private connection: HubConnection | null = null;
  private starting = false;

  readonly pushed = this.pushes.asObservable();
  readonly reconnected = this.reconnects.asObservable();

  start(): void {
    if (this.connection || this.starting) return;
    this.starting = true;
    // The SignalR client is loaded after the first screen, so it stays out of the initial bundle.
    void import('@microsoft/signalr').then(({ HubConnectionBuilder }) => {
      if (!this.starting) return;
      this.starting = false;
      const connection = new HubConnectionBuilder()
        .withUrl(this.url, { withCredentials: true })
        .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
        .build();
      connection.on('notification', (pushed: PushedNotification) => this.pushes.next(pushed));
      connection.onreconnected(() => this.reconnects.next());
      this.connection = connection;
      // A server that is down now is tried again later; the bell still works by asking.
      connection.start().catch(() => setTimeout(() => this.retry(connection), 15000));
    });
  }

  stop(): void {
    const connection = this.connection;
    this.connection = null;
    this.starting = false;
    void connection?.stop();
  }

  private retry(connection: HubConnection): void {
    if (this.connection !== connection || connection.state !== 'Disconnected') return;
    connection
      .start()
      .then(() => this.reconnects.next())
      .catch(() => setTimeout(() => this.retry(connection), 30000));
  }
}
