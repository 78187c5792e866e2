import { Controller, Get, Header, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { NotificationLanguage } from '@ws/domain';
import { Public } from '../auth/policy.decorator';
import { escapeHtml } from './mail-composer';
import { type MailTextKey, mailText } from './mail-texts';
import { UnsubscribeQueryDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

// The link at the foot of every e-mail works without signing in: its token is
// signed. Opening it asks; confirming (or a mail client's one-click POST) stops e-mail.
@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationsService) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A page asking to confirm' })
  async ask(
    @Query() query: UnsubscribeQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const user = await this.notifications.unsubscribe(query.token, false);
    if (!user) return invalid(response);
    const t = (key: MailTextKey) =>
      mailText(user.language, key, { email: user.email });
    return page(
      user.language,
      t('unsubscribe.title'),
      `<p>${escapeHtml(t('unsubscribe.question'))}</p>
<form method="post" action="?token=${encodeURIComponent(query.token)}">
<button type="submit">${escapeHtml(t('unsubscribe.confirm'))}</button>
</form>`,
    );
  }

  @Public()
  @Post()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'E-mail is off for the user of the token' })
  async confirm(
    @Query() query: UnsubscribeQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const user = await this.notifications.unsubscribe(query.token, true);
    if (!user) return invalid(response);
    const t = (key: MailTextKey) =>
      mailText(user.language, key, { email: user.email });
    response.status(200);
    return page(
      user.language,
      t('unsubscribe.title'),
      `<p role="status">${escapeHtml(t('unsubscribe.done'))}</p>
<p><a href="/account/notifications">${escapeHtml(t('footerPreferences'))}</a></p>`,
    );
  }
}

function invalid(response: Response): string {
  response.status(400);
  return page(
    'en',
    mailText('en', 'unsubscribe.title'),
    `<p role="alert">${escapeHtml(mailText('en', 'unsubscribe.invalid'))}</p>`,
  );
}

function page(
  language: NotificationLanguage,
  title: string,
  body: string,
): string {
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — 4M4IoF Roadmap</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<h1>${escapeHtml(title)}</h1>
${body}
</body></html>`;
}
