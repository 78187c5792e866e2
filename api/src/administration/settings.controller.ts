import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { SettingsView, UpdateSettingsDto } from './administration.dto';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@ApiBearerAuth()
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @RequirePermission('read')
  @Get()
  @ApiOkResponse({ type: SettingsView })
  get() {
    return this.settings.get();
  }

  @RequirePermission('manage-reference-data')
  @Patch()
  @ApiOkResponse({ type: SettingsView })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Body() dto: UpdateSettingsDto,
  ) {
    return this.settings.update(actor, dto);
  }
}
