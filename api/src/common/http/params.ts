import {
  type ArgumentMetadata,
  Injectable,
  type PipeTransform,
} from '@nestjs/common';
import { isSlug } from '@ws/domain';
import { invalidRequest } from './validation';

@Injectable()
export class ParseSlugPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isSlug(value) || value.length > 80) {
      const field = metadata.data ?? 'slug';
      throw invalidRequest([
        {
          field,
          problems: [
            `${field} must be lowercase letters, digits and single hyphens`,
          ],
        },
      ]);
    }
    return value;
  }
}

@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const id = Number(value);
    if (!/^[1-9][0-9]{0,9}$/.test(value) || !Number.isSafeInteger(id)) {
      const field = metadata.data ?? 'id';
      throw invalidRequest([
        { field, problems: [`${field} must be a positive whole number`] },
      ]);
    }
    return id;
  }
}
