import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipController } from './partnership.controller';
import { Partnership } from './partnership.entity';
import { PartnershipService } from './partnership.service';

@Module({
  imports: [TypeOrmModule.forFeature([Partnership])],
  controllers: [PartnershipController],
  providers: [PartnershipService],
})
export class PartnershipModule {}
