import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public, RequirePermission } from '../auth/policy.decorator';
import { CalendarFeedQueryDto } from './calendar.dto';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  // Calendar clients (Outlook, Google) cannot sign in: the secret token is the key.
  @Public()
  @Get('calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description:
      'Working sessions, milestones and decision due dates as an iCalendar feed',
  })
  @ApiNotFoundResponse({ description: 'Unknown or reset token' })
  async feed(
    @Query() query: CalendarFeedQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const body = await this.calendar.ics(query.token);
    response
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="4m4iof.ics"',
        'Cache-Control': 'no-store',
      })
      .send(body);
  }

  @ApiBearerAuth()
  @RequirePermission('read')
  @Get('calendar/feed')
  @ApiOkResponse({
    description: 'The address of my calendar feed (path null until created)',
  })
  myFeed(@CurrentUser() actor: AuthenticatedUser) {
    return this.calendar.feed(actor);
  }

  @ApiBearerAuth()
  @RequirePermission('read')
  @Post('calendar/feed')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'A new secret address for my calendar feed; the previous one stops working',
  })
  resetFeed(@CurrentUser() actor: AuthenticatedUser) {
    return this.calendar.reset(actor);
  }
}
