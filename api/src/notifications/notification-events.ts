import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationEvent } from '@ws/domain';

export type NotificationEventHandler = (
  em: EntityManager,
  event: NotificationEvent,
) => Promise<void>;

/**
 * The in-process publisher features tell what happened. Handlers run inside the
 * publisher's transaction, so a notification exists exactly when its fact does;
 * e-mail is only queued there and sent after.
 */
@Injectable()
export class NotificationEvents {
  private readonly handlers: NotificationEventHandler[] = [];

  subscribe(handler: NotificationEventHandler): void {
    this.handlers.push(handler);
  }

  async publish(em: EntityManager, event: NotificationEvent): Promise<void> {
    for (const handler of this.handlers) await handler(em, event);
  }
}
