import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

// OpenAPI needs one concrete class per paginated collection.
export function PageOf<T>(item: Type<T>) {
  class PageView {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({
      description: 'Number of items matching the query, on all pages',
    })
    total!: number;

    @ApiProperty({ minimum: 1 })
    page!: number;

    @ApiProperty({ minimum: 1 })
    pageSize!: number;
  }
  Object.defineProperty(PageView, 'name', {
    value: `${item.name.replace(/View$/, '')}Page`,
  });
  return PageView;
}
