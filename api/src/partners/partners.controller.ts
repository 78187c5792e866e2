import { RequirePermission } from '../auth/policy.decorator';
import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ParseSlugPipe } from '../common/http/params';
import { PartnerPage, PartnerView } from './partner.view';
import { PartnersQueryDto } from './partners.dto';
import { PartnersService } from './partners.service';

@ApiTags('partners')
@ApiBearerAuth()
@RequirePermission('read')
@Controller('partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @ApiOkResponse({
    type: PartnerPage,
    description: 'The organisations of the consortium',
  })
  list(@Query() query: PartnersQueryDto) {
    return this.partners.list(query);
  }

  @Get(':slug')
  @ApiOkResponse({ type: PartnerView })
  @ApiBadRequestResponse({ description: 'The slug is malformed' })
  @ApiNotFoundResponse({ description: 'No partner has this slug' })
  get(@Param('slug', ParseSlugPipe) slug: string) {
    return this.partners.get(slug);
  }
}
