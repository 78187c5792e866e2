import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export class CalendarFeedQueryDto {
  @ApiProperty({ description: 'The secret of a calendar feed' })
  @Matches(FEED_TOKEN_PATTERN, {
    message: 'token must be the secret of a calendar feed',
  })
  token!: string;
}
