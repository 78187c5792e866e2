import { Module } from '@nestjs/common';
import { ActionsService } from '../actions/actions.service';
import { DashboardService } from '../dashboard/dashboard.service';
import { GovernanceModule } from '../governance/governance.module';
import { SessionChangesModule } from './session-changes.module';
import { WorkingSessionsController } from './working-sessions.controller';
import { WorkingSessionsService } from './working-sessions.service';

@Module({
  imports: [GovernanceModule, SessionChangesModule],
  controllers: [WorkingSessionsController],
  providers: [WorkingSessionsService, DashboardService, ActionsService],
  exports: [WorkingSessionsService],
})
export class WorkingSessionsModule {}
