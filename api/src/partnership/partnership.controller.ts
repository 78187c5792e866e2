import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { PartnershipService } from './partnership.service';
import { PartnershipView } from './partnership.view';

@ApiTags('partnership')
@ApiBearerAuth()
@Controller('partnership')
export class PartnershipController {
  constructor(private readonly partnership: PartnershipService) {}

  @RequirePermission('read')
  @Get()
  @ApiOkResponse({
    type: PartnershipView,
    description:
      'The partnership, its current phase and the adoption of its joint action plan',
  })
  get() {
    return this.partnership.get();
  }

  @RequirePermission('advance-phase')
  @Post('advance-phase')
  @HttpCode(200)
  @ApiOkResponse({
    type: PartnershipView,
    description: 'The partnership in its next phase',
  })
  @ApiConflictResponse({
    description:
      'Rules 1–2 fail (every failing rule and partner named in `rules`), or already in the last phase',
  })
  advancePhase(@CurrentUser() actor: AuthenticatedUser) {
    return this.partnership.advancePhase(actor);
  }
}
