import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
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
import { ParseSlugPipe } from '../common/http/params';
import { PartnerView } from '../partners/partner.view';
import {
  CreatePartnerDto,
  RetirePartnerDto,
  UpdatePartnerDto,
} from './administration.dto';
import { PartnersAdminService } from './partners-admin.service';

@ApiTags('partners')
@ApiBearerAuth()
@RequirePermission('manage-reference-data')
@Controller('partners')
export class PartnersAdminController {
  constructor(private readonly partners: PartnersAdminService) {}

  @Post()
  @ApiCreatedResponse({ type: PartnerView })
  @ApiConflictResponse({ description: 'The slug is taken' })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    @Body() dto: CreatePartnerDto,
  ) {
    return this.partners.create(actor, dto);
  }

  @Patch(':slug')
  @ApiOkResponse({ type: PartnerView })
  @ApiNotFoundResponse()
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('slug', ParseSlugPipe) slug: string,
    @Body() dto: UpdatePartnerDto,
  ) {
    return this.partners.update(actor, slug, dto);
  }

  @Post(':slug/retire')
  @HttpCode(200)
  @ApiOkResponse({
    type: PartnerView,
    description:
      'Retired: it keeps its history, leads nothing new, and its editors only read',
  })
  @ApiConflictResponse({
    description:
      'The coordinator, a retired partner, or (after adoption) a partner still leading open actions without reassignTo',
  })
  retire(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('slug', ParseSlugPipe) slug: string,
    @Body() dto: RetirePartnerDto,
  ) {
    return this.partners.retire(actor, slug, dto);
  }

  @Post(':slug/reinstate')
  @HttpCode(200)
  @ApiOkResponse({ type: PartnerView })
  @ApiConflictResponse({ description: 'The partner is not retired' })
  reinstate(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('slug', ParseSlugPipe) slug: string,
  ) {
    return this.partners.reinstate(actor, slug);
  }
}
