import {
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { PageQueryDto } from '../common/http/pagination';
import { ParseIdPipe } from '../common/http/params';
import {
  InvestmentPage,
  InvestmentPipelineView,
  InvestmentStatusChangePage,
  InvestmentView,
} from './investment.view';
import {
  CreateInvestmentDto,
  InvestmentFiltersDto,
  InvestmentsQueryDto,
  UpdateInvestmentDto,
} from './investments.dto';
import { InvestmentsService } from './investments.service';

@ApiTags('investments')
@ApiBearerAuth()
@Controller('investments')
export class InvestmentsController {
  constructor(private readonly investments: InvestmentsService) {}

  @RequirePermission('read')
  @Get()
  @ApiOkResponse({
    type: InvestmentPage,
    description: 'Investment proposals, filtered, sorted and paged',
  })
  list(@Query() query: InvestmentsQueryDto) {
    return this.investments.list(query);
  }

  @RequirePermission('read')
  @Get('pipeline')
  @ApiOkResponse({
    type: InvestmentPipelineView,
    description:
      'Totals by status, instrument, region and partner, and the calls closing next',
  })
  pipeline(@Query() filters: InvestmentFiltersDto) {
    return this.investments.pipeline(filters);
  }

  @RequirePermission('read')
  @Get(':id')
  @ApiOkResponse({ type: InvestmentView })
  @ApiNotFoundResponse()
  get(@Param('id', ParseIdPipe) id: number) {
    return this.investments.get(id);
  }

  @RequirePermission('read')
  @Get(':id/history')
  @ApiOkResponse({
    type: InvestmentStatusChangePage,
    description: 'The dated status changes of the proposal, newest first',
  })
  history(@Param('id', ParseIdPipe) id: number, @Query() query: PageQueryDto) {
    return this.investments.history(id, query);
  }

  @RequirePermission('manage-investments')
  @Post()
  @ApiCreatedResponse({ type: InvestmentView })
  @ApiForbiddenResponse({
    description: 'An editor proposing for another partner',
  })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    @Body() dto: CreateInvestmentDto,
  ) {
    return this.investments.create(actor, dto);
  }

  @RequirePermission('manage-investments', { scope: 'investment' })
  @Patch(':id')
  @ApiOkResponse({ type: InvestmentView })
  @ApiForbiddenResponse({
    description: "Another partner's proposal, or handing it to another partner",
  })
  @ApiConflictResponse({
    description: 'A stale version (currentVersion given)',
  })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateInvestmentDto,
  ) {
    return this.investments.update(actor, id, dto);
  }
}
