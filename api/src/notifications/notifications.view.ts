import { ApiProperty } from '@nestjs/swagger';
import {
  MAIL_FREQUENCIES,
  MAIL_KINDS,
  MAIL_STATES,
  type MailFrequency,
  type MailKind,
  type MailLogEntry,
  type MailState,
  type MailStatus,
  NOTIFICATION_KINDS,
  NOTIFICATION_LANGUAGES,
  type NotificationKind,
  type NotificationLanguage,
  type NotificationPage as NotificationPageContract,
  type NotificationPreferences,
  type NotificationView as NotificationContract,
} from '@ws/domain';
import { PageOf } from '../common/http/page.view';
import type { Notification } from './notification.entity';

export class NotificationView implements NotificationContract {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    description: 'The facts the message is written from',
  })
  data!: Record<string, string | null>;
  @ApiProperty({ example: '/actions/12#comments-title' }) path!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) readAt!: string | null;
}

export class NotificationPage
  extends PageOf(NotificationView)
  implements NotificationPageContract
{
  @ApiProperty({
    description: 'Unread notifications of the user, on all pages',
  })
  unread!: number;
}

export class NotificationPreferencesView implements NotificationPreferences {
  @ApiProperty() email!: boolean;
  @ApiProperty() weeklyDigest!: boolean;
  @ApiProperty({ enum: MAIL_FREQUENCIES }) commentsAndDecisions!: MailFrequency;
  @ApiProperty({ enum: NOTIFICATION_LANGUAGES })
  language!: NotificationLanguage;
}

export class MailLogEntryView implements MailLogEntry {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: MAIL_KINDS }) kind!: MailKind;
  @ApiProperty() recipient!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ example: 'weekly-digest:12:2026-W48' }) key!: string;
  @ApiProperty({ enum: MAIL_STATES }) state!: MailState;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) sentAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) nextAttemptAt!: string | null;
}

export const MailLogPage = PageOf(MailLogEntryView);

export class MailStatusView implements MailStatus {
  @ApiProperty({ description: 'Whether SMTP_URL is set' }) enabled!: boolean;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) server!: string | null;
  @ApiProperty() publicUrl!: string;
  @ApiProperty() pending!: number;
  @ApiProperty() failed!: number;
}

export function toNotificationView(n: Notification): NotificationContract {
  return {
    id: n.id,
    kind: n.kind,
    data: JSON.parse(n.data) as Record<string, string | null>,
    path: n.path,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}
