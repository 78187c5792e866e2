import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';

// AuditService itself is provided by the global CoreModule, since every feature journals.
@Module({ controllers: [AuditController] })
export class AuditModule {}
