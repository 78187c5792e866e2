import { RequirePermission } from '../auth/policy.decorator';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PartnershipService } from './partnership.service';
import { PartnershipView } from './partnership.view';

@ApiTags('partnership')
@ApiBearerAuth()
@RequirePermission('read')
@Controller('partnership')
export class PartnershipController {
  constructor(private readonly partnership: PartnershipService) {}

  @Get()
  @ApiOkResponse({
    type: PartnershipView,
    description:
      'The partnership, its current phase and the adoption of its joint action plan',
  })
  get() {
    return this.partnership.get();
  }
}
