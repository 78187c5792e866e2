import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { ParseIdPipe } from '../common/http/params';
import {
  NotificationPreferencesDto,
  NotificationsQueryDto,
} from './notifications.dto';
import { NotificationsService } from './notifications.service';
import {
  NotificationPage,
  NotificationPreferencesView,
  NotificationView,
} from './notifications.view';

// Every signed-in user has their own notifications and preferences.
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @RequirePermission('read')
  @Get()
  @ApiOkResponse({
    type: NotificationPage,
    description: "The signed-in user's notifications, newest first",
  })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: NotificationsQueryDto,
  ) {
    return this.notifications.list(user, query);
  }

  @RequirePermission('read')
  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ description: 'How many were marked read' })
  markAllRead(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.markAllRead(user);
  }

  @RequirePermission('read')
  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationView })
  @ApiNotFoundResponse({ description: "Not one of the user's notifications" })
  markRead(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
  ) {
    return this.notifications.markRead(user, id);
  }

  @RequirePermission('read')
  @Get('preferences')
  @ApiOkResponse({ type: NotificationPreferencesView })
  preferences(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.preferences(user);
  }

  @RequirePermission('read')
  @Put('preferences')
  @ApiOkResponse({ type: NotificationPreferencesView })
  updatePreferences(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: NotificationPreferencesDto,
  ) {
    return this.notifications.updatePreferences(user, dto);
  }
}
