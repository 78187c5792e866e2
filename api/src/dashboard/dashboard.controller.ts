import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/policy.decorator';
import { DashboardQueryDto } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@RequirePermission('read')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOkResponse({
    description:
      'The steering-committee figures: progress overall and per phase, stream, region and partner; ' +
      'counts by status and health; overdue, stale and red actions; the partner × stream matrix; ' +
      'milestones due in the next 60 days; the governance rules; the investment pipeline',
  })
  get(@Query() query: DashboardQueryDto) {
    return this.dashboard.get(query);
  }
}
