import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/policy.decorator';
import { MailOutbox } from './mail-outbox';
import { MailLogQueryDto } from './notifications.dto';
import { MailLogPage, MailStatusView } from './notifications.view';

@ApiTags('mail')
@ApiBearerAuth()
@Controller('mail')
export class MailController {
  constructor(private readonly outbox: MailOutbox) {}

  @RequirePermission('manage-mail')
  @Get('status')
  @ApiOkResponse({
    type: MailStatusView,
    description: 'Whether e-mail is on, and how many mails wait or failed',
  })
  status() {
    return this.outbox.status();
  }

  @RequirePermission('manage-mail')
  @Get('log')
  @ApiOkResponse({
    type: MailLogPage,
    description: 'Every mail queued, newest first, with its delivery attempts',
  })
  log(@Query() query: MailLogQueryDto) {
    return this.outbox.log(query);
  }
}
