import { Module } from '@nestjs/common';
import { DemoPlanSeeder } from './demo-plan.seeder';

@Module({
  providers: [DemoPlanSeeder],
  exports: [DemoPlanSeeder],
})
export class DemoModule {}
