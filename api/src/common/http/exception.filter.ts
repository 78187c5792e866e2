import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

// One place turns every error into `{statusCode, message, ...}`. Anything that is
// not an HttpException is logged and answered without its details (no stack, no SQL).
@Catch()
export class JsonExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { statusCode, body, headers } = this.describe(exception);
    if (statusCode >= 500)
      this.logger.error(
        exception instanceof Error ? exception.stack : String(exception),
      );
    for (const [name, value] of Object.entries(headers))
      response.setHeader(name, value);
    response.status(statusCode).json(body);
  }

  private describe(exception: unknown): {
    statusCode: number;
    body: Record<string, unknown>;
    headers: Record<string, string>;
  } {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const body: Record<string, unknown> =
        typeof raw === 'string'
          ? { message: raw }
          : { ...(raw as Record<string, unknown>) };
      if (Array.isArray(body['message']))
        body['message'] = (body['message'] as string[]).join('; ');
      const retryAfter = body['retryAfter'];
      return {
        statusCode,
        body: {
          ...body,
          statusCode,
          error: body['error'] ?? REASONS[statusCode],
        },
        headers:
          typeof retryAfter === 'number'
            ? { 'Retry-After': String(retryAfter) }
            : {},
      };
    }
    if (isBodyParserError(exception)) {
      const statusCode = exception.status;
      const message =
        exception.type === 'entity.too.large'
          ? 'The request body is too large'
          : exception.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON'
            : exception.message;
      return {
        statusCode,
        body: {
          statusCode,
          error: REASONS[statusCode] ?? 'Bad Request',
          message,
        },
        headers: {},
      };
    }
    if (isDatabaseBusy(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        body: {
          statusCode: 503,
          error: REASONS[503],
          message: 'The database is busy, please retry',
        },
        headers: { 'Retry-After': '1' },
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      body: {
        statusCode: 500,
        error: REASONS[500],
        message: 'Internal server error',
      },
      headers: {},
    };
  }
}

function isBodyParserError(
  error: unknown,
): error is { status: number; type: string; message: string } {
  const candidate = error as { status?: unknown; type?: unknown };
  return (
    typeof candidate?.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    typeof candidate.type === 'string'
  );
}

function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })
    ?.driverError?.code;
  return (
    error instanceof QueryFailedError &&
    (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
  );
}
