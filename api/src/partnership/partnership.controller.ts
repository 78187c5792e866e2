import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PartnershipService } from './partnership.service';
import { PartnershipView } from './partnership.view';

@ApiTags('partnership')
@Controller('partnership')
export class PartnershipController {
  constructor(private readonly partnership: PartnershipService) {}

  @Get()
  @ApiOkResponse({ type: PartnershipView, description: 'The partnership, its current phase and the adoption of its joint action plan' })
  get() {
    return this.partnership.get();
  }
}
