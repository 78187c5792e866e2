import { NotFoundException } from '@nestjs/common';

export function notFound(
  what: string,
  key: string | number,
): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    message: `${what} "${key}" not found`,
  });
}
