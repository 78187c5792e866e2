import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [GovernanceModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
