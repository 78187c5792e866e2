import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { PartnersAdminController } from './partners-admin.controller';
import { PartnersAdminService } from './partners-admin.service';
import {
  RegionsAdminController,
  StreamsAdminController,
} from './reference-admin.controller';
import { ReferenceAdminService } from './reference-admin.service';
import { SettingsController } from './settings.controller';
import { SettingsService } from './settings.service';

// SPEC §1: the coordinator keeps the consortium's reference data and settings.
@Module({
  imports: [ActionsModule],
  controllers: [
    PartnersAdminController,
    RegionsAdminController,
    StreamsAdminController,
    SettingsController,
  ],
  providers: [PartnersAdminService, ReferenceAdminService, SettingsService],
})
export class AdministrationModule {}
