import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import { invalidRequest } from './validation';

/**
 * A handler that declares a whole-query DTO lets the ValidationPipe reject unknown
 * parameters. Every other handler accepts only the parameters it names, so a typo
 * such as `?stauts=open` is a 400 rather than silently ignored.
 */
@Injectable()
export class UnknownQueryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request>();
      const allowed = allowedQueryParameters(context);
      if (allowed !== 'validated-by-dto') {
        const unknown = Object.keys(request.query ?? {}).filter(
          (name) => !allowed.includes(name),
        );
        if (unknown.length) {
          throw invalidRequest(
            unknown.map((field) => ({
              field,
              problems: [`query parameter ${field} is not allowed`],
            })),
          );
        }
      }
    }
    return next.handle();
  }
}

function allowedQueryParameters(
  context: ExecutionContext,
): string[] | 'validated-by-dto' {
  const args: Record<string, { data?: unknown }> =
    Reflect.getMetadata(
      ROUTE_ARGS_METADATA,
      context.getClass(),
      context.getHandler().name,
    ) ?? {};
  const queryArgs = Object.entries(args)
    .filter(([key]) => key.split(':')[0] === String(RouteParamtypes.QUERY))
    .map(([, arg]) => arg.data);
  if (queryArgs.some((name) => name === undefined)) return 'validated-by-dto';
  return queryArgs.filter((name): name is string => typeof name === 'string');
}
