import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { RequirePermission } from '../auth/policy.decorator';
import { ReadCache } from '../common/database/read-cache';
import { GovernanceService } from './governance.service';
import { GovernanceView } from './governance.view';

@ApiTags('governance')
@ApiBearerAuth()
@RequirePermission('read')
@Controller('governance')
export class GovernanceController {
  constructor(
    private readonly governance: GovernanceService,
    private readonly dataSource: DataSource,
    private readonly cache: ReadCache,
  ) {}

  @Get()
  @ApiOkResponse({
    type: GovernanceView,
    description: 'The partnership rules with what violates each',
  })
  async get(): Promise<GovernanceView> {
    return {
      rules: await this.cache.read('governance', () =>
        this.governance.evaluate(this.dataSource.manager),
      ),
    };
  }
}
