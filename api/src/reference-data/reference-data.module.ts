import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Partner } from '../partners/partner.entity';
import { Partnership } from '../partnership/partnership.entity';
import { EffraDomain } from './effra-domain.entity';
import { FundingInstrument } from './funding-instrument.entity';
import { Initiative } from './initiative.entity';
import { Phase } from './phase.entity';
import { ReferenceDataController } from './reference-data.controller';
import { ReferenceDataSeeder } from './reference-data.seeder';
import { ReferenceDataService } from './reference-data.service';
import { Region } from './region.entity';
import { Stream } from './stream.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Region,
      EffraDomain,
      Phase,
      Stream,
      Initiative,
      FundingInstrument,
      Partner,
      Partnership,
    ]),
  ],
  controllers: [ReferenceDataController],
  providers: [ReferenceDataService, ReferenceDataSeeder],
  exports: [ReferenceDataSeeder],
})
export class ReferenceDataModule {}
