import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { isSlug } from '@ws/domain';
import { invalidRequest } from './validation';

@Injectable()
export class ParseSlugPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isSlug(value) || value.length > 80) {
      const field = metadata.data ?? 'slug';
      throw invalidRequest([{ field, problems: [`${field} must be lowercase letters, digits and single hyphens`] }]);
    }
    return value;
  }
}
