import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { ParseIdPipe } from '../common/http/params';
import { RegionView, StreamView } from '../reference-data/reference-data.view';
import {
  CreateRegionDto,
  UpdateRegionDto,
  UpdateStreamDto,
} from './administration.dto';
import { ReferenceAdminService } from './reference-admin.service';
import { ParseRegionCodePipe } from './region-code.pipe';

@ApiTags('reference data')
@ApiBearerAuth()
@RequirePermission('manage-reference-data')
@Controller('regions')
export class RegionsAdminController {
  constructor(private readonly referenceData: ReferenceAdminService) {}

  @Post()
  @ApiCreatedResponse({ type: RegionView })
  @ApiConflictResponse({ description: 'The code is taken' })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    @Body() dto: CreateRegionDto,
  ) {
    return this.referenceData.createRegion(actor, dto);
  }

  @Patch(':code')
  @ApiOkResponse({ type: RegionView })
  @ApiNotFoundResponse()
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('code', ParseRegionCodePipe) code: string,
    @Body() dto: UpdateRegionDto,
  ) {
    return this.referenceData.updateRegion(actor, code, dto);
  }
}

@ApiTags('reference data')
@ApiBearerAuth()
@RequirePermission('manage-reference-data')
@Controller('streams')
export class StreamsAdminController {
  constructor(private readonly referenceData: ReferenceAdminService) {}

  @Patch(':number')
  @ApiOkResponse({ type: StreamView })
  @ApiNotFoundResponse()
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('number', ParseIdPipe) number: number,
    @Body() dto: UpdateStreamDto,
  ) {
    return this.referenceData.updateStream(actor, number, dto);
  }
}
