import { Module } from '@nestjs/common';
import { DashboardService } from '../dashboard/dashboard.service';
import { GovernanceModule } from '../governance/governance.module';
import { SessionChangesModule } from '../working-sessions/session-changes.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [GovernanceModule, SessionChangesModule],
  controllers: [ReportsController],
  providers: [DashboardService, ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
