import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

type Transformed = { value: unknown };

export const trimmed = ({ value }: Transformed) =>
  typeof value === 'string' ? value.trim() : value;

/** Blank text means "none". */
export const nullableTrimmed = ({ value }: Transformed) =>
  typeof value === 'string' ? value.trim() || null : value;

/** Either absent or validated: unlike `@IsOptional()`, null is not let through. */
export const present = (_: object, value: unknown) =>
  value !== null && value !== undefined;

/**
 * May be left out, but not sent as null: the field has no "unknown" state, and
 * `@IsOptional()` would let null through to a NOT NULL column.
 */
export const OmittableNotNull = () =>
  ValidateIf((_: object, value: unknown) => value !== undefined);

/**
 * A list of nested objects. Each item must be an object: `@ValidateNested` alone
 * lets a nested array such as `[[]]` through with nothing validated.
 */
export const NestedList = (type: () => new () => object, maxSize: number) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(maxSize),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(type),
  );
