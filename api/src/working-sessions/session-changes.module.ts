import { Module } from '@nestjs/common';
import { GovernanceModule } from '../governance/governance.module';
import { SessionChangesService } from './session-changes.service';

/** What changed since a closed session: read by the dashboard, the reports and the sessions. */
@Module({
  imports: [GovernanceModule],
  providers: [SessionChangesService],
  exports: [SessionChangesService],
})
export class SessionChangesModule {}
