import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import {
  MAIL_FREQUENCIES,
  MAIL_STATES,
  type MailFrequency,
  type MailState,
  NOTIFICATION_LANGUAGES,
  type NotificationLanguage,
  type NotificationPreferences,
} from '@ws/domain';
import { PageQueryDto } from '../common/http/pagination';
import { booleanFlag } from '../common/http/query-lists';

export class NotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only the unread ones' })
  @IsOptional()
  @Transform(booleanFlag)
  @IsIn([true, false], { message: 'unread must be true or false' })
  unread?: boolean;
}

export class MailLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MAIL_STATES })
  @IsOptional()
  @IsIn(MAIL_STATES)
  state?: MailState;
}

export class NotificationPreferencesDto implements NotificationPreferences {
  @ApiProperty({ description: 'Receive e-mail at all' })
  @IsBoolean()
  email!: boolean;

  @ApiProperty({ description: 'The weekly digest' })
  @IsBoolean()
  weeklyDigest!: boolean;

  @ApiProperty({ enum: MAIL_FREQUENCIES })
  @IsIn(MAIL_FREQUENCIES)
  commentsAndDecisions!: MailFrequency;

  @ApiProperty({ enum: NOTIFICATION_LANGUAGES })
  @IsIn(NOTIFICATION_LANGUAGES)
  language!: NotificationLanguage;
}

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The signed token of the unsubscribe link' })
  @IsString()
  @MaxLength(100)
  token!: string;
}
