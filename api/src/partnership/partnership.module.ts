import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { PartnershipController } from './partnership.controller';
import { PartnershipService } from './partnership.service';

@Module({
  imports: [GovernanceModule],
  controllers: [PartnershipController],
  providers: [PartnershipService],
})
export class PartnershipModule {}
