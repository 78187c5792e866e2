import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { SessionChangesModule } from '../working-sessions/session-changes.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [GovernanceModule, SessionChangesModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
