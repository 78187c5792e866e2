import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/policy.decorator';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';
import { AuditEntryPage } from './audit.view';

@ApiTags('audit')
@ApiBearerAuth()
@RequirePermission('read-audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({
    type: AuditEntryPage,
    description: 'The journal of writes, newest first',
  })
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }
}
