import { Injectable } from '@angular/core';
import { Subject } from 'rxjs';
import { PushedNotification } from '../app/notifications/notification-models';
import { NotificationStream } from '../app/notifications/notification-stream';

/** The live channel in tests: opens nothing; a test pushes what the server would. */
@Injectable()
export class TestNotificationStream extends NotificationStream {
  private readonly pushes = new Subject<PushedNotification>();
  private readonly reconnects = new Subject<void>();

  readonly pushed = this.pushes.asObservable();
  readonly reconnected = this.reconnects.asObservable();
  started = false;

  start(): void {
    this.started = true;
  }

  stop(): void {
    this.started = false;
  }

  push(notification: PushedNotification): void {
    this.pushes.next(notification);
  }
}
