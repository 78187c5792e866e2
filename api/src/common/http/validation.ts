import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { inputShapeProblem } from './input-shape';

export interface FieldProblem {
  field: string;
  problems: string[];
}

// Every bad field is named at once, nested ones by their path (milestones.0.dueDate).
export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints
      ? [{ field, problems: Object.values(error.constraints) }]
      : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function invalidRequest(errors: FieldProblem[]): BadRequestException {
  const summary = errors
    .map((e) => `${e.field}: ${e.problems.join(', ')}`)
    .join('; ');
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid request — ${summary}`,
    errors,
  });
}

/** Refuses what no field may hold (input-shape.ts) before the DTO's rules run. */
class ShapeCheckingValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata) {
    const problem = inputShapeProblem(
      value,
      metadata.data ?? metadata.type,
      metadata.data !== undefined,
    );
    if (problem) throw invalidRequest([problem]);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ShapeCheckingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      invalidRequest(flattenValidationErrors(errors)),
  });
}
