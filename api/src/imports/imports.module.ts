import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { GovernanceModule } from '../governance/governance.module';
import { ImportPreviews } from './import-previews';
import { ImportsController, PlanExportController } from './imports.controller';
import { ImportsService } from './imports.service';
import { PlanSheetService } from './plan-sheet.service';

@Module({
  imports: [ActionsModule, GovernanceModule],
  controllers: [ImportsController, PlanExportController],
  providers: [ImportsService, PlanSheetService, ImportPreviews],
})
export class ImportsModule {}
