import { Injectable, type PipeTransform } from '@nestjs/common';
import { REGION_CODE_PATTERN } from '@ws/domain';
import { invalidRequest } from '../common/http/validation';

@Injectable()
export class ParseRegionCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!REGION_CODE_PATTERN.test(value))
      throw invalidRequest([
        {
          field: 'code',
          problems: ['code must be a region code such as FRK or CA-QC'],
        },
      ]);
    return value;
  }
}
